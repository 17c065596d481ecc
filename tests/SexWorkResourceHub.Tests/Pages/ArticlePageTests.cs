using System.Net;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Pages;

public sealed class ArticlePageTests : IDisposable
{
    private readonly HubFactory _factory = new("Production");

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("consent-basics", "Consent basics for the fixture")]
    [InlineData("law-explained", "The law, explained for the fixture")]
    public async Task Get_published_article_shows_its_title_as_the_only_h1(string slug, string title)
    {
        var client = _factory.CreateClient();

        var response = await client.GetAsync($"/articles/{slug}");
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var h1 = Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Equal(title, h1.TextContent.Trim());
        Assert.StartsWith(title, document.Title);
    }

    [Fact]
    public async Task Get_article_shows_summary_dates_reading_time_content_note_toc_sources_and_related()
    {
        var document = await _factory.CreateClient().GetDocumentAsync("/articles/consent-basics");

        Assert.Contains("A fixture article about consent", document.QuerySelector(".lede")!.TextContent);
        var times = document.QuerySelectorAll(".article-header time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(["2024-01-10", "2024-03-01"], times);
        Assert.Contains("1 min read", document.QuerySelector(".article-header .meta")!.TextContent);

        var note = document.QuerySelector("details.content-note")!;
        Assert.Contains("Mentions coercion in general terms.", note.TextContent);
        Assert.True(note.CompareDocumentPosition(document.QuerySelector(".prose")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));

        var tocLinks = document.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#what-consent-means", "#who-can-consent", "#what-coercion-means", "#where-to-read-more"], tocLinks);
        Assert.Equal(["#who-can-consent"], document.QuerySelectorAll("nav.toc > ol > li > ol a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(document.QuerySelector("h2#what-consent-means"));

        var source = document.QuerySelector(".sources li a")!;
        Assert.Equal("https://www.law.cornell.edu/uscode/text/22/7102", source.GetAttribute("href"));
        Assert.Equal("noopener noreferrer", source.GetAttribute("rel"));

        Assert.Equal(["/articles/law-explained"], document.QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/articles/law-explained", "2018-04-11", "April 11, 2018")]
    [InlineData("/articles/consent-basics", "2000", "2000")]
    public async Task A_sources_date_reads_like_the_other_dates(string path, string machine, string shown)
    {
        var document = await _factory.CreateClient().GetDocumentAsync(path);

        var date = document.QuerySelector(".sources time.source-date")!;
        Assert.Equal((machine, shown), (date.GetAttribute("datetime"), date.TextContent));
    }

    [Fact]
    public async Task Short_article_has_no_table_of_contents()
    {
        var document = await _factory.CreateClient().GetDocumentAsync("/articles/law-explained");

        Assert.Null(document.QuerySelector("nav.toc"));
        Assert.NotNull(document.QuerySelector(".prose table"));
    }

    [Theory]
    [InlineData("/articles/no-such-article")]
    [InlineData("/articles/Not-A-Slug")]
    [InlineData("/articles/a%3Cscript%3E")]
    [InlineData("/no-such-page")]
    [InlineData("/articles/tags/no-such-tag")]
    public async Task Get_unknown_address_returns_404_with_the_friendly_page(string url)
    {
        var response = await _factory.CreateClient().GetAsync(url);
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("We can't find that page", document.QuerySelector("h1")!.TextContent);
        Assert.NotNull(document.QuerySelector("a[href='/']"));
        Assert.NotNull(document.QuerySelector(".quick-exit"));
    }

    [Theory]
    [InlineData("draft-notes")]
    [InlineData("future-piece")]
    public async Task Draft_and_future_articles_are_hidden_in_production(string slug)
    {
        var client = _factory.CreateClient();

        var response = await client.GetAsync($"/articles/{slug}");
        var list = await client.GetStringAsync("/articles");
        var home = await client.GetStringAsync("/");
        var tag = await client.GetStringAsync("/articles/tags/law");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(slug, list);
        Assert.DoesNotContain(slug, home);
        Assert.DoesNotContain(slug, tag);
    }

    [Fact]
    public async Task Tag_that_only_hidden_articles_use_is_404_in_production()
    {
        var response = await _factory.CreateClient().GetAsync("/articles/tags/research");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Articles_list_is_newest_first_with_summary_date_and_tags()
    {
        var document = await _factory.CreateClient().GetDocumentAsync("/articles");

        var cards = document.QuerySelectorAll(".article-card").ToList();
        Assert.Equal(["The law, explained for the fixture", "Consent basics for the fixture"], cards.Select(c => c.QuerySelector("h3")!.TextContent.Trim()));
        Assert.Contains("shares the law tag", cards[0].TextContent);
        Assert.Equal("2024-02-01", cards[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal(["/articles/tags/law"], cards[0].QuerySelectorAll(".tags a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_list_starts_with_the_reading_path_in_its_order_then_the_rest_newest_first()
    {
        using var factory = new HubFactory("Production");
        var basics = Path.Combine(factory.ContentPath, "articles", "consent-basics.md");
        await File.WriteAllTextAsync(basics, (await File.ReadAllTextAsync(basics)).Replace("published: 2024-01-10", "order: 1\npublished: 2024-01-10", StringComparison.Ordinal));

        var document = await factory.CreateClient().GetDocumentAsync("/articles");

        Assert.Equal(["Start here", "More explainers"], document.QuerySelectorAll("main section > h2").Select(h => h.TextContent));
        Assert.Equal(["Consent basics for the fixture"], document.QuerySelectorAll("ol.reading-path .article-card h3").Select(h => h.TextContent.Trim()));
        Assert.Equal(["The law, explained for the fixture"], document.QuerySelectorAll("section[aria-labelledby=more-heading] .article-card h3").Select(h => h.TextContent.Trim()));
        Assert.Contains("Start with the basics, in order", document.QuerySelector(".lede")!.TextContent);
    }

    [Fact]
    public async Task Tag_page_lists_the_articles_with_that_tag()
    {
        var document = await _factory.CreateClient().GetDocumentAsync("/articles/tags/basics");

        Assert.Equal("The basics", document.QuerySelector("h1")!.TextContent);
        Assert.Equal(["/articles/consent-basics"], document.QuerySelectorAll(".article-card h3 a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Site_page_is_served_at_its_slug()
    {
        var document = await _factory.CreateClient().GetDocumentAsync("/glossary");

        Assert.Equal("Glossary", document.QuerySelector("h1")!.TextContent);
        Assert.NotNull(document.QuerySelector("h3#consent"));
    }

    [Fact]
    public async Task Every_page_has_landmarks_navigation_help_link_and_canonical_url()
    {
        var document = await _factory.CreateClient().GetDocumentAsync("/articles/consent-basics");

        Assert.NotNull(document.QuerySelector("header nav[aria-label='Main'] a[href='/articles']"));
        Assert.NotNull(document.QuerySelector("main#main"));
        Assert.NotNull(document.QuerySelector("footer"));
        Assert.NotNull(document.QuerySelector("a.help-now[href='/get-help']"));
        Assert.Equal("https://hub.example/articles/consent-basics", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
    }
}
