using System.Net;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Infrastructure;

/// <summary>
/// Outside Development the site answers only to its own names: the host of Site:BaseUrl, or the
/// AllowedHosts setting when one is given. Nothing it sends names the host a request claimed.
/// </summary>
public sealed class HostHeaderTests
{
    /// <summary>The test factory lists its hosts itself; null leaves the site to work them out.</summary>
    private static HubFactory Site(string environment = "Production", string? allowedHosts = null, string baseUrl = "https://hub.example") =>
        new(environment, new Dictionary<string, string?> { ["AllowedHosts"] = allowedHosts, ["Site:BaseUrl"] = baseUrl });

    private static Task<HttpResponseMessage> GetAsync(HubFactory factory, string host, string path = "/about")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        return factory.Browser().SendAsync(request);
    }

    [Fact]
    public async Task A_host_other_than_the_base_urls_is_refused_with_400()
    {
        using var factory = Site();

        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync(factory, "evil.example")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync(factory, "evil.example", "/editor")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(factory, "hub.example")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(factory, "HUB.example:443")).StatusCode);
    }

    [Fact]
    public async Task An_explicit_allowed_hosts_setting_wins_over_the_base_url()
    {
        using var factory = Site(allowedHosts: "mirror.example;hub.example");

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(factory, "mirror.example")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync(factory, "evil.example")).StatusCode);
    }

    [Fact]
    public async Task A_loopback_base_url_answers_to_every_loopback_name()
    {
        using var factory = Site(baseUrl: "http://localhost:8080");

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(factory, "127.0.0.1:5000")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(factory, "[::1]")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync(factory, "evil.example")).StatusCode);
    }

    [Fact]
    public async Task Development_answers_to_any_host()
    {
        using var factory = Site(environment: "Development");

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(factory, "evil.example")).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_redirect_never_names_the_host_the_request_claimed()
    {
        // Every host let through, as an operator who sets AllowedHosts to * would: the redirect still
        // must not point anywhere the request said.
        using var factory = Site(allowedHosts: "*");

        var response = await GetAsync(factory, "evil.example", "/editor/resources");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/editor/login?returnUrl=%2Feditor%2Fresources", response.Headers.Location!.OriginalString);
    }
}
