using System.Net;
using System.Text.RegularExpressions;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Content;

/// <summary>The repository's own content/, served the way readers get it (Production).</summary>
public sealed class BundledContentTests : IDisposable
{
    private readonly HubFactory _factory = new("Production", new Dictionary<string, string?> { ["Content:Path"] = RepositoryContent.Folder });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Every_article_and_page_is_reachable_from_the_home_page_within_two_clicks()
    {
        var client = _factory.CreateClient();
        var reached = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var frontier = new List<string> { "/" };
        for (var depth = 0; depth < 2; depth++)
        {
            var next = new List<string>();
            foreach (var url in frontier)
            {
                var document = await client.GetDocumentAsync(url);
                foreach (var href in document.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!.Split('#')[0]))
                {
                    if (href.Length > 0 && reached.Add(href))
                    {
                        next.Add(href);
                    }
                }
            }

            frontier = next;
        }

        var snapshot = await _factory.LoadedCatalogAsync();
        var expected = snapshot.Articles.Values.Select(a => a.UrlPath).Concat(snapshot.Pages.Values.Select(p => p.UrlPath)).ToList();
        Assert.NotEmpty(expected);
        Assert.All(expected, path => Assert.Contains(path, reached));
    }

    [Fact]
    public async Task Every_bundled_article_and_page_renders_without_problems()
    {
        var client = _factory.CreateClient();
        var snapshot = await _factory.LoadedCatalogAsync();

        Assert.Empty(snapshot.Problems);
        Assert.True(snapshot.Articles.Count >= 8);
        foreach (var item in snapshot.Articles.Values.Cast<ContentItem>().Concat(snapshot.Pages.Values))
        {
            var response = await client.GetAsync(item.UrlPath);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public void No_content_promises_that_a_hotline_acts_only_with_the_callers_consent()
    {
        // The trafficking hotline's operator changed in 2025 and may share tips with police: a promise
        // of consent-only action, true of the old operator, is a safety error if it comes back.
        var promise = new Regex(@"only with (your|their|the caller'?s|a caller'?s|the person'?s) (consent|permission|agreement)|acts? with the caller'?s consent", RegexOptions.IgnoreCase);
        var files = Directory.EnumerateFiles(RepositoryContent.Folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal));

        Assert.All(files, file => Assert.DoesNotMatch(promise, File.ReadAllText(file)));
    }

    [Fact]
    public async Task Get_help_says_who_runs_the_trafficking_hotline_and_lists_general_crisis_lines()
    {
        var document = await _factory.CreateClient().GetDocumentAsync("/get-help");

        var hotline = document.QuerySelector("#resource-national-human-trafficking-hotline")!.TextContent;
        Assert.Contains("Compass Connections", hotline);
        Assert.Contains("share information with law enforcement", hotline);
        Assert.Contains("SWOP community support line", hotline);
        var crisis = document.QuerySelector("section[aria-labelledby='crisis-lines']")!;
        Assert.NotNull(crisis.QuerySelector("#resource-988-suicide-and-crisis-lifeline a[href='tel:988']"));
        Assert.NotNull(crisis.QuerySelector("#resource-national-domestic-violence-hotline a[href='tel:+18007997233']"));
        Assert.NotNull(crisis.QuerySelector("#resource-national-domestic-violence-hotline a[href='sms:88788']"));
        Assert.Null(document.QuerySelector("section[aria-labelledby='help-lines'] #resource-988-suicide-and-crisis-lifeline"));
    }

    [Fact]
    public async Task Every_article_has_sources_and_a_review_date_and_stays_within_length()
    {
        var snapshot = await _factory.LoadedCatalogAsync();

        Assert.All(snapshot.Articles.Values, article =>
        {
            Assert.NotEmpty(article.Sources);
            Assert.NotNull(article.Reviewed);
            Assert.InRange(article.Body.WordCount, 600, 1500);
        });
    }
}
