using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Commands;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Content;

/// <summary>
/// Articles and pages past their review date say so to readers, are listed for editors, and are
/// warnings, never failures, for check-content. The fixture's consent-basics article and about page were
/// reviewed on 2024-03-01, so they are due on 2025-03-01.
/// </summary>
public sealed class ReviewDueTests
{
    private static HubFactory At(string now) => new()
    {
        ConfigureTestServices = services => services.AddSingleton<TimeProvider>(FixedTimeProvider.At(now)),
    };

    [Fact]
    public async Task Article_past_its_review_date_tells_readers_so()
    {
        using var factory = At("2025-03-02T12:00:00Z");

        var document = await factory.CreateClient().GetDocumentAsync("/articles/consent-basics");

        var notice = document.QuerySelector(".review-due")!;
        Assert.Equal("note", notice.GetAttribute("role"));
        Assert.Contains("This article was due for another check of its facts on March 1, 2025.", notice.TextContent);
        Assert.Equal("2025-03-01", notice.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Article_on_its_review_date_has_no_notice()
    {
        using var factory = At("2025-03-01T12:00:00Z");

        var document = await factory.CreateClient().GetDocumentAsync("/articles/consent-basics");

        Assert.NotNull(document.QuerySelector("h1"));
        Assert.Null(document.QuerySelector(".review-due"));
    }

    [Fact]
    public async Task Site_page_past_its_review_date_tells_readers_so()
    {
        using var factory = At("2025-03-02T12:00:00Z");

        var document = await factory.CreateClient().GetDocumentAsync("/about");

        Assert.Contains("This page was due for another check", document.QuerySelector(".review-due")!.TextContent);
    }

    [Fact]
    public async Task Dashboard_lists_articles_and_pages_due_for_review_soonest_first()
    {
        using var factory = At("2025-03-15T12:00:00Z");
        var editor = await factory.SignedInEditorAsync();

        var dashboard = await editor.GetDocumentAsync("/editor");

        var rows = dashboard.QuerySelectorAll("section[aria-labelledby='reviews-heading'] tbody tr");
        Assert.Equal(
            ["/articles/law-explained", "/about", "/articles/consent-basics"],
            rows.Select(r => r.QuerySelector("th a")!.GetAttribute("href")!).ToArray());
        Assert.All(rows, r => Assert.Contains("Overdue", r.TextContent));
        Assert.Contains("Never reviewed", rows[0].TextContent);
        Assert.Contains("content/articles/consent-basics.md", rows[2].TextContent);
    }

    [Fact]
    public async Task Dashboard_lists_a_review_coming_up_without_calling_it_overdue()
    {
        using var factory = At("2025-01-20T12:00:00Z");
        var editor = await factory.SignedInEditorAsync();

        var dashboard = await editor.GetDocumentAsync("/editor");

        var row = Assert.Single(dashboard.QuerySelectorAll("section[aria-labelledby='reviews-heading'] tbody tr"));
        Assert.Contains("The law, explained for the fixture", row.TextContent);
        Assert.DoesNotContain("Overdue", row.TextContent);
    }

    [Fact]
    public async Task Check_content_lists_overdue_reviews_as_warnings_and_still_passes()
    {
        using var factory = At("2026-12-01T12:00:00Z");
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var code = await CommandLine.RunAsync(factory.Services, ["check-content", factory.ContentPath], output, errors);

        Assert.Equal(0, code);
        var text = output.ToString();
        Assert.Contains(Path.Combine(factory.ContentPath, "articles", "consent-basics.md") + ":1: warning: due for review since 2025-03-01", text);
        Assert.Contains(Path.Combine(factory.ContentPath, "pages", "about.md") + ":1: warning: due for review since 2025-03-01", text);
        Assert.DoesNotContain("draft-notes.md", text);
        Assert.Contains(", 0 problems, ", text);
    }

    [Fact]
    public async Task Check_content_has_no_review_warnings_before_the_dates()
    {
        using var factory = At("2024-06-01T12:00:00Z");
        // The seed's last-checked dates are after this clock's today, which is a problem of its own.
        Directory.Delete(Path.Combine(factory.ContentPath, "data"), recursive: true);
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var code = await CommandLine.RunAsync(factory.Services, ["check-content", factory.ContentPath], output, errors);

        Assert.Equal(0, code);
        Assert.DoesNotContain("warning:", output.ToString());
        Assert.Contains(", 0 warnings", output.ToString());
    }
}
