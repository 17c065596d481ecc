using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Commands;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Links;

/// <summary>
/// `check-links` against a server on loopback that answers 200, 301, 404 and 500, hangs, and resets the
/// connection. Every link in the store and the content is pointed at it first, so no test reaches the network.
/// </summary>
public sealed class CheckLinksCommandTests : IDisposable
{
    private readonly LocalLinkServer _server = new();
    private readonly HubFactory _factory;

    public CheckLinksCommandTests()
    {
        _factory = new HubFactory("Production", new Dictionary<string, string?>
        {
            ["LinkChecking:TimeoutSeconds"] = "1",
            ["LinkChecking:Concurrency"] = "3",
        });
    }

    public void Dispose()
    {
        _factory.Dispose();
        _server.Dispose();
    }

    /// <summary>Points the resources at the server's paths and leaves one article whose links lead there too.</summary>
    private async Task PointEverythingAtTheServerAsync()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var paths = new Dictionary<string, (string Url, string? Source)>
            {
                ["test-hotline"] = (_server.Url("/ok"), _server.Url("/reset")),
                ["city-legal-clinic"] = (_server.Url("/moved"), null),
                ["world-research-network"] = (_server.Url("/gone"), null),
                ["ocean-state-advocates"] = (_server.Url("/error"), null),
            };
            foreach (var resource in await db.AllResources.ToListAsync())
            {
                (resource.Url, var source) = paths[resource.Slug];
                if (source is not null)
                {
                    (resource.Confidentiality, resource.ConfidentialitySource, resource.ConfidentialityChecked) = ("It says so.", source, new DateOnly(2026, 11, 1));
                }
            }

            await db.SaveChangesAsync();
        }

        foreach (var folder in new[] { "articles", "pages" })
        {
            Directory.Delete(Path.Combine(_factory.ContentPath, folder), recursive: true);
            Directory.CreateDirectory(Path.Combine(_factory.ContentPath, folder));
        }

        await File.WriteAllTextAsync(Path.Combine(_factory.ContentPath, "articles", "links.md"), $"""
            ---
            title: "An article with outside links"
            summary: "Links for the checker."
            published: 2024-01-10
            reviewed: 2024-03-01
            tags: [law]
            sources:
              - title: "A source that hangs"
                publisher: "Nobody"
                date: "2024"
                url: "{_server.Url("/hang")}"
            ---

            Read [the working page]({_server.Url("/ok")}) and [the gone page]({_server.Url("/gone")}).
            """);
    }

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = await CommandLine.RunAsync(new CommandContext(_factory.Services, ["check-links", .. args], new StringReader(string.Empty), output, errors, InteractiveInput: false));
        return (code, output.ToString() + errors);
    }

    private async Task<List<LinkCheck>> StoredAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().LinkChecks.AsNoTracking().OrderBy(l => l.Url).ToListAsync();
    }

    [Fact]
    public async Task Each_link_is_recorded_with_what_happened_and_no_other_address_is_asked()
    {
        await PointEverythingAtTheServerAsync();

        var (code, output) = await RunAsync();

        Assert.Equal(0, code);
        var stored = (await StoredAsync()).ToDictionary(l => l.Url[_server.Base.Length..]);
        Assert.All(await StoredAsync(), l => Assert.StartsWith(_server.Base, l.Url, StringComparison.Ordinal));
        Assert.Equal(["/error", "/gone", "/hang", "/moved", "/ok", "/reset"], stored.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((LinkOutcome.Ok, 200), (stored["/ok"].Outcome, stored["/ok"].StatusCode!.Value));
        Assert.Equal((LinkOutcome.Redirected, 301, _server.Url("/ok")), (stored["/moved"].Outcome, stored["/moved"].StatusCode!.Value, stored["/moved"].RedirectTo));
        Assert.Equal((LinkOutcome.Broken, 404), (stored["/gone"].Outcome, stored["/gone"].StatusCode!.Value));
        Assert.Equal((LinkOutcome.Broken, 500), (stored["/error"].Outcome, stored["/error"].StatusCode!.Value));
        Assert.Equal((LinkOutcome.Unreachable, "No answer within 1 seconds."), (stored["/hang"].Outcome, stored["/hang"].Error));
        Assert.Equal((LinkOutcome.Unreachable, "The server closed the connection without answering."), (stored["/reset"].Outcome, stored["/reset"].Error));
        Assert.Equal(["article:links", "resource:world-research-network"], stored["/gone"].FoundIn);
        Assert.True(stored["/hang"].ElapsedMilliseconds >= 900, $"the hang took {stored["/hang"].ElapsedMilliseconds} ms");

        Assert.Contains($"{_server.Url("/gone")}: Dead: the page is gone (404). Linked from article:links, resource:world-research-network.", output);
        Assert.Contains($"{_server.Url("/moved")}: Moved: it now sends readers to {_server.Url("/ok")} (301).", output);
        Assert.Contains("check-links: 6 links, 4 broken or unreachable, 1 moved", output);
    }

    [Fact]
    public async Task A_server_error_or_no_answer_is_tried_once_more_and_a_404_is_not()
    {
        await PointEverythingAtTheServerAsync();

        await RunAsync();

        Assert.Equal((2, 2, 2, 1, 1), (_server.Hits["/error"], _server.Hits["/hang"], _server.Hits["/reset"], _server.Hits["/gone"], _server.Hits["/moved"]));
        Assert.All(_server.UserAgents, agent => Assert.StartsWith("SexWorkResourceHub-LinkCheck/1.0", agent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task It_fails_only_when_asked_to_and_something_is_broken()
    {
        await PointEverythingAtTheServerAsync();

        Assert.Equal(1, (await RunAsync("--fail-on-broken")).Code);
        Assert.Equal(2, (await RunAsync("--fail-when-broken")).Code);
    }

    [Fact]
    public async Task The_dashboard_lists_broken_links_first_then_moved_ones()
    {
        await PointEverythingAtTheServerAsync();
        var editor = await _factory.SignedInEditorAsync();
        var before = await editor.GetDocumentAsync("/editor");
        Assert.Contains("No link check has run yet.", before.QuerySelector("#links-heading")!.ParentElement!.TextContent);

        await RunAsync();
        var page = await editor.GetDocumentAsync("/editor");

        var rows = page.QuerySelectorAll(".links-to-fix tbody tr").Select(r => r.QuerySelector("th")!.TextContent[_server.Base.Length..]).ToList();
        Assert.Equal(["/error", "/gone", "/hang", "/reset", "/moved"], rows);
        Assert.Contains("Update the link if the new address is right.", page.QuerySelector(".links-to-fix")!.TextContent);
    }

    [Fact]
    public async Task A_link_no_longer_used_is_dropped_at_the_next_run()
    {
        await PointEverythingAtTheServerAsync();
        await RunAsync();
        File.Delete(Path.Combine(_factory.ContentPath, "articles", "links.md"));

        await RunAsync();

        Assert.DoesNotContain((await StoredAsync()).Select(l => l.Url), url => url.EndsWith("/hang", StringComparison.Ordinal));
    }
}
