using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Tests.Infrastructure;
using SexWorkResourceHub.Web.Data;

namespace SexWorkResourceHub.Tests.Data;

public sealed class StorePreparationTests
{
    [Fact]
    public async Task Two_instances_starting_together_on_one_empty_store_both_get_ready_and_seed_it_once()
    {
        using var first = new HubFactory();
        using var second = new HubFactory("Production", new Dictionary<string, string?>(first.StoreSettings) { ["Content:Path"] = first.ContentPath });

        var starts = await Task.WhenAll(Task.Run(first.CreateClient), Task.Run(second.CreateClient));

        foreach (var client in starts)
        {
            Assert.True(await Html.EventuallyAsync(async () => (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK));
        }

        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        Assert.Equal(4, await db.Resources.CountAsync());
        Assert.Equal(7, await db.Events.CountAsync());
    }
}
