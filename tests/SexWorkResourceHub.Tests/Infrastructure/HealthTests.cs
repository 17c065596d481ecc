using System.Net;
using Microsoft.Extensions.Hosting;

namespace SexWorkResourceHub.Tests.Infrastructure;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_and_readyz_answer_200_once_content_and_database_are_ready()
    {
        using var factory = new HubFactory();
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.True(await Html.EventuallyAsync(async () => (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK));
        Assert.True(File.Exists(Path.Combine(factory.DataPath, "hub.db")));
    }

    [Fact]
    public async Task Readyz_is_503_while_the_catalog_has_not_loaded_but_healthz_is_200()
    {
        // Without the watcher the first catalog never loads: the state of the first moments after start.
        using var factory = new HubFactory
        {
            ConfigureTestServices = services =>
            {
                var watcher = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "ContentWatcher");
                services.Remove(watcher);
            },
        };
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync("/articles/consent-basics", timeout.Token));
    }
}
