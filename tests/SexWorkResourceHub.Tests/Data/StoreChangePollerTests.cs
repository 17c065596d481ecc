using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Data;

/// <summary>An edit saved by another instance of the site (sharing the database) reaches this one's readers.</summary>
public sealed class StoreChangePollerTests
{
    [Fact]
    public async Task A_change_saved_by_another_instance_shows_in_cached_pages_and_search_within_seconds()
    {
        using var factory = new HubFactory(settings: new Dictionary<string, string?> { ["Database:ChangePollSeconds"] = "1" });
        var reader = factory.CreateClient();
        Assert.Contains("Test Hotline", await reader.GetStringAsync("/resources"));

        // A bulk update goes straight to the database, past this instance's save hooks: what this
        // instance sees when another one saves (every save stamps UpdatedAt).
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var changed = await scope.ServiceProvider.GetRequiredService<HubDbContext>().Resources
                .Where(r => r.Slug == "test-hotline")
                .ExecuteUpdateAsync(set => set
                    .SetProperty(r => r.Name, "Hotline Renamed Elsewhere")
                    .SetProperty(r => r.UpdatedAt, DateTime.UtcNow.AddSeconds(1)));
            Assert.Equal(1, changed);
        }

        Assert.True(await Html.EventuallyAsync(async () => (await reader.GetStringAsync("/resources")).Contains("Hotline Renamed Elsewhere", StringComparison.Ordinal)),
            "The directory should show another instance's edit within a few seconds, not after the page cache expires.");
        Assert.True(await Html.EventuallyAsync(async () => (await reader.GetStringAsync("/search?q=renamed+elsewhere")).Contains("Hotline Renamed Elsewhere", StringComparison.Ordinal)),
            "Search should find the edited record too.");
    }
}
