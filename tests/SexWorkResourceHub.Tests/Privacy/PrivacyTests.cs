using System.Net;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Privacy;

/// <summary>What readers' browsers are told and sent, checked on every kind of public response.</summary>
public sealed class PrivacyTests : IDisposable
{
    private readonly HubFactory _factory = new("Production");

    public void Dispose() => _factory.Dispose();

    public static TheoryData<string> ReadingPages => new()
    {
        "/", "/articles", "/articles/consent-basics", "/articles/tags/law", "/about", "/glossary", "/get-help",
        "/resources", "/resources?kind=hotline&q=test", "/events", "/events/series-chat-one", "/search", "/search?q=consent",
        "/feed.xml", "/sitemap.xml", "/robots.txt", "/events.ics", "/events/june-day.ics", "/articles/no-such-page", "/healthz",
    };

    [Theory]
    [MemberData(nameof(ReadingPages))]
    public async Task Reading_sets_no_cookie_and_sends_the_security_headers(string url)
    {
        var response = await _factory.CreateClient().GetAsync(url);

        Assert.False(response.Headers.Contains("Set-Cookie"), $"{url} set a cookie");
        var headers = response.Headers;
        var csp = Assert.Single(headers.GetValues("Content-Security-Policy"));
        // Nothing is allowed unless listed: the site's own script, stylesheet and images, forms to itself.
        Assert.StartsWith("default-src 'none';", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("style-src 'self'", csp);
        Assert.Contains("img-src 'self'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("base-uri 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("form-action 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Assert.Single(headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(headers.GetValues("Referrer-Policy")));
        var permissions = Assert.Single(headers.GetValues("Permissions-Policy"));
        Assert.Contains("camera=()", permissions);
        Assert.Contains("microphone=()", permissions);
        Assert.Contains("geolocation=()", permissions);
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(headers.GetValues("Strict-Transport-Security")));
        Assert.False(headers.Contains("Server"));
    }

    [Fact]
    public async Task Static_files_carry_the_headers_too()
    {
        var client = _factory.CreateClient();
        var page = await client.GetDocumentAsync("/");

        var response = await client.GetAsync(page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Development_does_not_send_strict_transport_security()
    {
        using var factory = new HubFactory("Development");

        var response = await factory.CreateClient().GetAsync("/");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Theory]
    [InlineData("/suggest/resource")]
    [InlineData("/suggest/event")]
    [InlineData("/editor/login")]
    public async Task Only_form_pages_set_a_cookie_and_it_is_the_antiforgery_cookie(string url)
    {
        var response = await _factory.CreateClient().GetAsync(url);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("__Host-swrh-af=", cookie);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/consent-basics")]
    [InlineData("/resources")]
    [InlineData("/events/series-chat-one")]
    [InlineData("/suggest/resource")]
    [InlineData("/search?q=consent")]
    public async Task Pages_load_nothing_from_another_host(string url)
    {
        var page = await _factory.CreateClient().GetDocumentAsync(url);

        var loaded = page.QuerySelectorAll("script[src], link[href]:not([rel=canonical]):not([rel=alternate]), img[src], iframe, embed, object, source, video, audio, [style]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? e.OuterHtml)
            .ToList();
        Assert.NotEmpty(loaded);
        Assert.All(loaded, address => Assert.StartsWith("/", address));
        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
    }

    [Fact]
    public async Task The_quick_exit_is_the_first_thing_on_the_page_and_leaves_for_the_configured_neutral_site()
    {
        using var factory = new HubFactory("Production", new Dictionary<string, string?> { ["Site:QuickExitUrl"] = "https://weather.example/" });

        var page = await factory.CreateClient().GetDocumentAsync("/articles/consent-basics");

        var first = page.Body!.QuerySelector("a, button, input, select, textarea")!;
        Assert.Equal("https://weather.example/", first.GetAttribute("href"));
        Assert.Contains("quick-exit", first.ClassList);
        Assert.NotNull(first.GetAttribute("data-quick-exit"));
        Assert.Equal("#main", page.Body!.QuerySelectorAll("a")[1].GetAttribute("href"));
    }
}
