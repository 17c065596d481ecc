using System.Net;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Infrastructure;

/// <summary>
/// A method a URL does not serve gets 405 with an Allow header naming the ones it does, and the
/// friendly page; a URL that names nothing is a 404 whatever the method.
/// </summary>
public sealed class AllowedMethodsTests : IDisposable
{
    private readonly HubFactory _factory = new("Production");

    public void Dispose() => _factory.Dispose();

    private Task<HttpResponseMessage> SendAsync(string method, string url) =>
        _factory.Browser().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

    private static async Task AssertNotAllowedAsync(HttpResponseMessage response, params string[] allowed)
    {
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(allowed, response.Content.Headers.Allow);
        var document = await Html.ParseAsync(response);
        Assert.Equal("That action isn't available here", document.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Trace_on_an_article_is_405_with_allow_header() =>
        await AssertNotAllowedAsync(await SendAsync("TRACE", "/articles/consent-basics"), "GET", "HEAD");

    [Fact]
    public async Task Trace_on_an_event_is_405_with_allow_header() =>
        await AssertNotAllowedAsync(await SendAsync("TRACE", "/events/winter-vigil-2030"), "GET", "HEAD");

    [Fact]
    public async Task Trace_on_a_site_page_is_405_with_allow_header() =>
        await AssertNotAllowedAsync(await SendAsync("TRACE", "/about"), "GET", "HEAD");

    [Theory]
    [InlineData("/")]
    [InlineData("/articles")]
    [InlineData("/resources")]
    [InlineData("/events")]
    [InlineData("/search")]
    public async Task Options_on_a_reading_page_is_405_with_allow_header(string url) =>
        await AssertNotAllowedAsync(await SendAsync("OPTIONS", url), "GET", "HEAD");

    [Theory]
    [InlineData("DELETE", "/suggest/resource")]
    [InlineData("PUT", "/suggest/event")]
    [InlineData("OPTIONS", "/editor/login")]
    public async Task A_page_with_a_form_lists_post_in_its_allow_header(string method, string url) =>
        await AssertNotAllowedAsync(await SendAsync(method, url), "GET", "HEAD", "POST");

    [Fact]
    public async Task Post_to_a_page_without_a_form_is_405_not_a_missing_token() =>
        await AssertNotAllowedAsync(await SendAsync("POST", "/articles/consent-basics"), "GET", "HEAD");

    [Theory]
    [InlineData("TRACE", "/articles/no-such-article")]
    [InlineData("OPTIONS", "/articles/no-such-article")]
    [InlineData("OPTIONS", "/no-such-page")]
    [InlineData("DELETE", "/events/no-such-event")]
    [InlineData("TRACE", "/articles/tags/no-such-tag")]
    public async Task An_unserved_method_on_a_record_that_does_not_exist_is_404(string method, string url)
    {
        var response = await SendAsync(method, url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(response.Content.Headers.Allow);
        Assert.Equal("We can't find that page", (await Html.ParseAsync(response)).QuerySelector("h1")?.TextContent);
    }

    [Theory]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/events.ics")]
    [InlineData("/healthz")]
    [InlineData("/api/hsds/")]
    [InlineData("/api/hsds/services")]
    [InlineData("/api/hsds/openapi.json")]
    public async Task Feeds_and_probes_answer_head_and_refuse_other_methods_with_405(string url)
    {
        // The body of a HEAD answer is dropped by Kestrel; the test server passes it on, so only the status is checked.
        Assert.Equal(HttpStatusCode.OK, (await SendAsync("HEAD", url)).StatusCode);

        await AssertNotAllowedAsync(await SendAsync("TRACE", url), "GET", "HEAD");
    }

    [Theory]
    [InlineData("/articles/consent-basics")]
    [InlineData("/events/winter-vigil-2030")]
    [InlineData("/resources")]
    public async Task Head_is_answered_like_get(string url) =>
        Assert.Equal(HttpStatusCode.OK, (await SendAsync("HEAD", url)).StatusCode);
}
