using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Editors;

/// <summary>"Report a problem with this": on every card, article and page, a plain link to a form that knows what it is about, landing in moderation.</summary>
public sealed class ReportProblemTests : IDisposable
{
    private readonly HubFactory _factory = new("Production", new Dictionary<string, string?> { ["RateLimits:SuggestPermits"] = "1000" });

    public void Dispose() => _factory.Dispose();

    private async Task<List<Suggestion>> SuggestionsAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().Suggestions.AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task Every_resource_card_has_its_own_report_link()
    {
        var document = await _factory.CreateClient().GetDocumentAsync("/resources");

        var cards = document.QuerySelectorAll("article.resource").ToList();
        Assert.Equal(4, cards.Count);
        Assert.All(cards, card =>
        {
            var link = card.QuerySelector(".report-problem a")!;
            Assert.StartsWith("Report a problem with this", link.TextContent, StringComparison.Ordinal);
            Assert.Equal("/suggest/correction?about=" + Uri.EscapeDataString("/resources#" + card.Id), link.GetAttribute("href"));
        });
        Assert.Equal("Report a problem with this: Test Hotline", document.QuerySelector("#resource-test-hotline .report-problem a")!.TextContent);
    }

    [Theory]
    [InlineData("/articles/consent-basics")]
    [InlineData("/glossary")]
    [InlineData("/events")]
    [InlineData("/")]
    public async Task Every_article_and_page_has_a_report_link_about_itself(string path)
    {
        var document = await _factory.CreateClient().GetDocumentAsync(path);

        var link = document.QuerySelector("footer .report-problem a")!;
        Assert.Equal("Report a problem with this page", link.TextContent);
        Assert.Equal("/suggest/correction?about=" + Uri.EscapeDataString(path), link.GetAttribute("href"));
    }

    [Fact]
    public async Task A_report_opens_knowing_what_it_is_about_and_lands_in_moderation_as_a_correction()
    {
        var visitor = _factory.Browser();
        var form = await visitor.GetDocumentAsync("/suggest/correction?about=" + Uri.EscapeDataString("/resources#resource-test-hotline"));
        Assert.Equal("About: Test Hotline", form.QuerySelector(".lede")!.TextContent);
        Assert.Equal("/resources#resource-test-hotline", form.QuerySelector(".lede a")!.GetAttribute("href"));

        var sent = await visitor.SubmitAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.Problem"] = "The text number changed to 54321 last week.",
            ["Input.Url"] = "https://hotline.example.org/contact",
        });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/suggest/thanks", sent.Headers.Location!.OriginalString);
        var report = Assert.Single(await SuggestionsAsync());
        Assert.Equal(SuggestionKind.Correction, report.Kind);
        Assert.Equal(new Dictionary<string, string>
        {
            ["about"] = "/resources#resource-test-hotline",
            ["about_title"] = "Test Hotline",
            ["problem"] = "The text number changed to 54321 last week.",
            ["url"] = "https://hotline.example.org/contact",
        }, report.Fields);
    }

    [Theory]
    [InlineData("https://elsewhere.example/phish")]
    [InlineData("//elsewhere.example")]
    [InlineData("/resources#resource-no-such-line")]
    [InlineData("/articles/Consent<script>")]
    [InlineData("/articles/draft-notes")]
    public async Task A_crafted_or_unknown_about_is_dropped_and_the_report_still_goes_through(string about)
    {
        var visitor = _factory.Browser();
        var form = await visitor.GetDocumentAsync("/suggest/correction?about=" + Uri.EscapeDataString(about));
        Assert.Null(form.QuerySelector(".lede"));

        var sent = await visitor.SubmitAsync(form, "main form", new Dictionary<string, string> { ["Input.Problem"] = "Something is off.", ["Input.About"] = about });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var report = Assert.Single(await SuggestionsAsync());
        Assert.Equal(["problem"], report.Fields.Keys);
    }

    [Fact]
    public async Task An_empty_report_is_refused_and_keeps_what_it_is_about()
    {
        var visitor = _factory.Browser();

        var response = await visitor.SubmitAsync("/suggest/correction?about=%2Farticles%2Fconsent-basics", "main form", new Dictionary<string, string> { ["Input.Problem"] = " " });
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Say what is wrong or out of date.", page.QuerySelector("#Input_Problem-error")!.TextContent);
        Assert.Equal("About: Consent basics for the fixture", page.QuerySelector(".lede")!.TextContent);
        Assert.Empty(await SuggestionsAsync());
    }

    [Fact]
    public async Task An_editor_sees_the_report_with_a_link_to_the_resource_and_marks_it_fixed()
    {
        var visitor = _factory.Browser();
        await visitor.SubmitAsync("/suggest/correction?about=" + Uri.EscapeDataString("/resources#resource-city-legal-clinic"), "main form", new Dictionary<string, string>
        {
            ["Input.Problem"] = "It has moved to a new office.",
            ["Input.Contact"] = "reader@example.org",
        });
        var editor = await _factory.SignedInEditorAsync();

        var dashboard = await editor.GetDocumentAsync("/editor");
        var link = dashboard.QuerySelector("section[aria-labelledby='pending-heading'] a")!;
        Assert.Equal("Problem report: City Legal Clinic", link.TextContent);
        var review = await editor.GetDocumentAsync(link.GetAttribute("href")!);
        Assert.Equal("Reported problem", review.QuerySelector("h1")!.TextContent);
        Assert.NotNull(review.QuerySelector("a[href^='/editor/resources/edit/']"));

        var resolved = await editor.SubmitAsync(review, "form.editor-form", new Dictionary<string, string> { ["Note"] = "Updated the address." });

        Assert.Equal(HttpStatusCode.Redirect, resolved.StatusCode);
        var report = Assert.Single(await SuggestionsAsync());
        Assert.Equal((SuggestionStatus.Accepted, "Updated the address.", null), (report.Status, report.EditorNote, report.Contact));
    }
}
