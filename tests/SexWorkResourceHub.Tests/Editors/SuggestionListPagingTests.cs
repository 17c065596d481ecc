using System.Net;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Editors;

/// <summary>The moderation list a page at a time, however many suggestions wait.</summary>
public sealed class SuggestionListPagingTests : IDisposable
{
    private readonly HubFactory _factory = new("Production");

    public void Dispose() => _factory.Dispose();

    /// <summary>120 pending suggestions, "Pending 000" the oldest, stored out of order, and a few decided ones.</summary>
    private async Task SeedAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var oldest = new DateTime(2026, 10, 1, 8, 0, 0, DateTimeKind.Utc);
        foreach (var i in Enumerable.Range(0, 120).OrderBy(i => (i * 37) % 120))
        {
            db.Suggestions.Add(new Suggestion
            {
                Kind = SuggestionKind.Resource,
                CreatedAt = oldest.AddMinutes(i),
                Fields = new() { ["name"] = $"Pending {i:000}", ["description"] = "Waiting." },
            });
        }

        db.Suggestions.Add(new Suggestion
        {
            Kind = SuggestionKind.Event,
            Status = SuggestionStatus.Rejected,
            CreatedAt = oldest.AddDays(-1),
            DecidedAt = oldest,
            DecidedBy = EditorSignIn.Email,
            Fields = new() { ["title"] = "Decided long ago" },
        });
        await db.SaveChangesAsync();
    }

    private static List<string> Listed(IDocument page) =>
        [.. page.QuerySelectorAll("section[aria-labelledby='pending-heading'] ol li a").Select(a => a.TextContent.Replace("Resource: ", "", StringComparison.Ordinal))];

    private static IElement? Pager(IDocument page, string rel) => page.QuerySelector($"nav.pager a[rel={rel}]");

    [Fact]
    public async Task The_first_page_lists_the_50_oldest_with_the_count_and_a_link_to_the_next_page()
    {
        await SeedAsync();
        var editor = await _factory.SignedInEditorAsync();

        var response = await editor.GetAsync("/editor/suggestions");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Waiting for review (120)", page.QuerySelector("#pending-heading")!.TextContent);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"Pending {i:000}"), Listed(page));
        Assert.Contains("Showing 1 to 50 of 120, page 1 of 3", page.QuerySelector("section[aria-labelledby='pending-heading']")!.TextContent);
        Assert.Equal("Pages of suggestions waiting for review", page.QuerySelector("nav.pager")!.GetAttribute("aria-label"));
        Assert.Null(Pager(page, "prev"));
        Assert.Equal("/editor/suggestions?page=2", Pager(page, "next")!.GetAttribute("href"));
        Assert.Contains("Decided long ago", page.QuerySelector("section[aria-labelledby='decided-heading']")!.TextContent);
    }

    [Fact]
    public async Task Following_next_leads_to_the_last_page_with_the_rest_and_a_link_back()
    {
        await SeedAsync();
        var editor = await _factory.SignedInEditorAsync();
        var first = await editor.GetDocumentAsync("/editor/suggestions");

        var second = await editor.GetDocumentAsync(Pager(first, "next")!.GetAttribute("href")!);
        var third = await editor.GetDocumentAsync(Pager(second, "next")!.GetAttribute("href")!);

        Assert.Equal(Enumerable.Range(50, 50).Select(i => $"Pending {i:000}"), Listed(second));
        Assert.Equal("/editor/suggestions", Pager(second, "prev")!.GetAttribute("href"));
        Assert.Equal(Enumerable.Range(100, 20).Select(i => $"Pending {i:000}"), Listed(third));
        Assert.Equal("101", third.QuerySelector("section[aria-labelledby='pending-heading'] ol")!.GetAttribute("start"));
        Assert.Contains("Showing 101 to 120 of 120, page 3 of 3", third.QuerySelector("section[aria-labelledby='pending-heading']")!.TextContent);
        Assert.Equal("/editor/suggestions?page=2", Pager(third, "prev")!.GetAttribute("href"));
        Assert.Null(Pager(third, "next"));
        Assert.Null(third.QuerySelector("section[aria-labelledby='decided-heading']"));
        Assert.Equal("Suggestions, page 3", third.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("/editor/suggestions?page=4")]
    [InlineData("/editor/suggestions?page=0")]
    [InlineData("/editor/suggestions?page=-1")]
    [InlineData("/editor/suggestions?page=two")]
    public async Task A_page_number_outside_the_list_is_404(string url)
    {
        await SeedAsync();
        var editor = await _factory.SignedInEditorAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task With_nothing_waiting_the_list_is_one_page_without_links()
    {
        var editor = await _factory.SignedInEditorAsync();

        var page = await editor.GetDocumentAsync("/editor/suggestions");

        Assert.Equal("Waiting for review (0)", page.QuerySelector("#pending-heading")!.TextContent);
        Assert.Null(page.QuerySelector("nav.pager"));
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/editor/suggestions?page=2")).StatusCode);
    }

    [Fact]
    public async Task The_dashboard_lists_the_ten_oldest_with_the_count_and_a_link_to_them_all()
    {
        await SeedAsync();
        var editor = await _factory.SignedInEditorAsync();

        var dashboard = await editor.GetDocumentAsync("/editor");

        var section = dashboard.QuerySelector("section[aria-labelledby='pending-heading']")!;
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"Resource: Pending {i:000}"), section.QuerySelectorAll("li a").Select(a => a.TextContent));
        Assert.Equal("See all 120 waiting", section.QuerySelector("p a[href='/editor/suggestions']")!.TextContent);
        Assert.Contains("120 suggestions waiting", dashboard.QuerySelector(".counts")!.TextContent);
    }
}
