using System.Net;
using System.Text.RegularExpressions;

namespace SexWorkResourceHub.BrowserTests;

/// <summary>
/// What an operator sees on the first start of a release: the published folder laid out as the image lays
/// it out (the content beside the app, no Content:Path), on a database it has not made yet.
/// </summary>
public sealed partial class PublishedSiteTests(PublishedSiteTests.Deployed deployed) : IClassFixture<PublishedSiteTests.Deployed>
{
    private readonly HttpClient _client = deployed.Site.CreateHttpClient();

    [Fact]
    public async Task The_published_site_reports_itself_healthy_and_ready()
    {
        await AssertServesAsync("/healthz", HttpStatusCode.OK, "Healthy");
        await AssertServesAsync("/readyz", HttpStatusCode.OK, "Healthy");
    }

    [Fact]
    public async Task The_published_site_serves_an_article_on_a_new_database()
    {
        await AssertServesAsync("/articles/sex-work-is-not-trafficking", HttpStatusCode.OK, "<h1>");
        Assert.True(File.Exists(deployed.Site.DatabaseFile), $"The site created no database at {deployed.Site.DatabaseFile}.");
    }

    [Fact]
    public async Task The_published_site_lists_the_seeded_resources_and_events()
    {
        await AssertServesAsync("/resources", HttpStatusCode.OK, "National Human Trafficking Hotline");
        await AssertServesAsync("/events", HttpStatusCode.OK, "MacroSW");
    }

    [Fact]
    public async Task The_stylesheet_the_pages_link_to_is_served()
    {
        var home = await _client.GetStringAsync("/");
        var stylesheet = StylesheetLink().Match(home);

        Assert.True(stylesheet.Success, "The home page links to no /css/site stylesheet.");
        await AssertServesAsync(WebUtility.HtmlDecode(stylesheet.Value), HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_article_gets_the_friendly_not_found_page()
    {
        await AssertServesAsync("/articles/no-such-article", HttpStatusCode.NotFound, "find that page");
    }

    private async Task AssertServesAsync(string path, HttpStatusCode status, string? text = null)
    {
        using var response = await _client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == status, $"{path} answered {(int)response.StatusCode}, not {(int)status}.");
        if (text is not null)
        {
            Assert.Contains(text, body, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("/css/site[^\"]*\\.css[^\"]*")]
    private static partial Regex StylesheetLink();

    /// <summary>One site for the class: the published app as the image holds it, on a new SQLite database.</summary>
    public sealed class Deployed : IAsyncLifetime
    {
        public SiteServer Site { get; } = new(addEditor: false, contentBesideApp: true);

        public Task InitializeAsync() => Site.InitializeAsync();

        public Task DisposeAsync() => Site.DisposeAsync();
    }
}
