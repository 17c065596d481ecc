using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Search;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Search;

/// <summary>A search cannot be made to cost more than its budget, whatever it is asked or how.</summary>
public sealed class SearchLimitsTests
{
    [Fact]
    public async Task Head_requests_count_against_the_search_limit_like_get()
    {
        using var factory = new HubFactory("Production", new Dictionary<string, string?> { ["RateLimits:SearchPermits"] = "2" });
        var client = factory.CreateClient();

        using var first = new HttpRequestMessage(HttpMethod.Head, "/search?q=consent");
        using var second = new HttpRequestMessage(HttpMethod.Head, "/search?q=law");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(second)).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/search?q=fixture")).StatusCode);
    }

    [Fact]
    public async Task The_limit_page_says_how_long_to_wait_in_minutes()
    {
        using var factory = new HubFactory("Production", new Dictionary<string, string?>
        {
            ["RateLimits:SearchPermits"] = "1",
            ["RateLimits:SearchWindowSeconds"] = "180",
        });
        var client = factory.CreateClient();
        await client.GetAsync("/search?q=consent");

        var refused = await client.GetAsync("/search?q=law");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture), 170, 180);
        Assert.Equal("Please wait 3 minutes, then try again.", (await Html.ParseAsync(refused)).QuerySelector(".lede")!.TextContent);
    }

    [Fact]
    public async Task A_search_over_a_huge_article_answers_soon_with_its_summary_as_the_snippet()
    {
        // One article of 900 KB in which every word matches. Building its snippet from the body took
        // about 50 seconds, and the budget was only looked at between rows, so the reader waited for
        // all of it. The bound below is loose on purpose: it only tells seconds from tens of seconds.
        using var factory = new HubFactory("Production", new Dictionary<string, string?> { ["RateLimits:SearchPermits"] = "1000" });
        var body = new StringBuilder(900 * 1024);
        while (body.Length < 900 * 1024)
        {
            body.Append("zebra crossing ");
        }

        await File.WriteAllTextAsync(factory.ArticlePath("zebra"), $"---\ntitle: \"Zebra\"\nsummary: \"Stripes and zebra crossings.\"\npublished: 2024-01-01\n---\n\n{body}\n");
        var client = factory.CreateClient();
        await factory.LoadedCatalogAsync();
        await factory.Services.GetRequiredService<SearchIndexer>().Ready.WaitAsync(TimeSpan.FromMinutes(2));

        var started = System.Diagnostics.Stopwatch.StartNew();
        var page = await client.GetDocumentAsync("/search?q=zebra");

        Assert.InRange(started.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.DoesNotContain("took too long", page.QuerySelector("#results-heading")!.TextContent);
        var snippet = page.QuerySelector(".search-results .snippet")!.InnerHtml.Trim();
        Assert.StartsWith("Stripes and <mark>zebra</mark> crossings", snippet);
    }
}
