using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Search;

/// <summary>Search over the repository's own content and seed data, as a reader meets it.</summary>
public sealed class BundledSearchTests : IDisposable
{
    private readonly HubFactory _factory = new("Production", new Dictionary<string, string?>
    {
        ["Content:Path"] = RepositoryContent.Folder,
        ["RateLimits:SearchPermits"] = "1000",
    });

    public void Dispose() => _factory.Dispose();

    private Task<AngleSharp.Dom.IDocument> SearchAsync(string query) =>
        _factory.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

    private static List<string> Titles(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll(".search-result h3").Select(h => h.TextContent.Trim())];

    [Fact]
    public async Task A_topic_word_puts_the_explainers_named_for_it_first()
    {
        var page = await SearchAsync("FOSTA");

        var results = page.QuerySelectorAll(".search-result").ToList();
        Assert.Equal("FOSTA-SESTA explained", results[0].QuerySelector("h3")!.TextContent.Trim());
        Assert.Equal("Explainer", results[1].QuerySelector(".result-kind")!.TextContent);
        Assert.StartsWith("After FOSTA", results[1].QuerySelector("h3")!.TextContent.Trim(), StringComparison.Ordinal);
        // Resources and events that mention the law still come, after the explainers, each labelled.
        Assert.Contains(results, r => r.QuerySelector(".result-kind")!.TextContent != "Explainer");
    }

    [Theory]
    [InlineData("trafficing")]
    [InlineData("traficking")]
    [InlineData("Traffickng hotline")]
    public async Task A_misspelt_trafficking_finds_the_trafficking_explainers_with_did_you_mean(string typed)
    {
        var page = await SearchAsync(typed);

        var suggestion = page.QuerySelector(".did-you-mean a")!;
        Assert.StartsWith("trafficking", suggestion.TextContent, StringComparison.Ordinal);
        Assert.Contains(Titles(page), t => t.Contains("traffick", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("trafficking")]
    [InlineData("hotline")]
    [InlineData("Section 230")]
    [InlineData("consent")]
    [InlineData("survey")]
    public async Task Snippets_are_plain_text_without_markdown_or_addresses(string query)
    {
        var page = await SearchAsync(query);

        var snippets = page.QuerySelectorAll(".snippet").Select(s => s.TextContent).ToList();
        Assert.NotEmpty(snippets);
        Assert.All(snippets, snippet =>
        {
            Assert.DoesNotContain("http", snippet, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("www.", snippet, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("](", snippet, StringComparison.Ordinal);
            Assert.DoesNotContain("**", snippet, StringComparison.Ordinal);
            Assert.DoesNotContain("## ", snippet, StringComparison.Ordinal);
            Assert.DoesNotContain("{.", snippet, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_resource_filter_corrects_a_misspelt_word_and_keeps_the_other_filters()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/resources?q=hotlne&kind=hotline");

        var suggestion = page.QuerySelector(".did-you-mean a")!;
        Assert.Equal("hotline", suggestion.TextContent);
        Assert.Equal("/resources?kind=hotline&q=hotline", suggestion.GetAttribute("href"));
        Assert.NotEmpty(page.QuerySelectorAll("article.resource"));
    }
}
