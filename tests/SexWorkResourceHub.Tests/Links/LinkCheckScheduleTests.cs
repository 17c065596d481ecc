using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Links;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Links;

/// <summary>The link check's own timer: off unless an operator turns it on, and then it checks without being asked.</summary>
public sealed class LinkCheckScheduleTests : IDisposable
{
    private readonly LocalLinkServer _server = new();

    public void Dispose() => _server.Dispose();

    private static LinkCheckSchedule Schedule(HubFactory factory) =>
        factory.Services.GetServices<IHostedService>().OfType<LinkCheckSchedule>().Single();

    [Fact]
    public async Task By_default_the_site_makes_no_outbound_requests_of_its_own()
    {
        using var factory = new HubFactory("Production");
        _ = factory.CreateClient();

        var schedule = Schedule(factory);

        // Finished at once: the timer never started.
        await schedule.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(schedule.ExecuteTask.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Turned_on_it_checks_every_link_once_the_site_is_up()
    {
        using var factory = new HubFactory("Production", new Dictionary<string, string?>
        {
            ["LinkChecking:ScheduleEnabled"] = "true",
            ["LinkChecking:TimeoutSeconds"] = "1",
        });
        // Before the site starts: one resource, at the local server, and no articles or pages with outside links.
        foreach (var folder in new[] { "articles", "pages" })
        {
            Directory.Delete(Path.Combine(factory.ContentPath, folder), recursive: true);
            Directory.CreateDirectory(Path.Combine(factory.ContentPath, folder));
        }

        await File.WriteAllTextAsync(Path.Combine(factory.ContentPath, "data", "resources.yaml"), $$"""
            resources:
              - slug: local-line
                name: Local Line
                kind: hotline
                description: A line at the test server.
                areas: [{ country: US }]
                url: {{_server.Url("/gone")}}
            """);
        _ = factory.CreateClient();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        List<string> checkedUrls;
        do
        {
            await Task.Delay(100);
            await using var scope = factory.Services.CreateAsyncScope();
            checkedUrls = await scope.ServiceProvider.GetRequiredService<HubDbContext>().LinkChecks.Select(l => l.Url).ToListAsync();
        }
        while (checkedUrls.Count == 0 && DateTime.UtcNow < deadline);

        Assert.Equal([_server.Url("/gone")], checkedUrls);
        Assert.False(Schedule(factory).ExecuteTask!.IsCompleted);
    }
}
