using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using SexWorkResourceHub.Web.Caching;
using SexWorkResourceHub.Web.Infrastructure.Logging;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Infrastructure;

/// <summary>
/// The request line as the site's real Serilog pipeline writes it (levels from configuration, the site's
/// enrichment), caught by a Serilog sink the site picks up from its services like any other.
/// </summary>
public sealed class RequestLoggingTests : IDisposable
{
    /// <summary>What the privacy page allows on a request line, besides the time and level.</summary>
    private static readonly string[] RequestLineProperties = ["RequestMethod", "RequestPath", "StatusCode", "Elapsed", "SourceContext"];

    private const string ClientAddress = "203.0.113.9";
    private const string ClientTraceId = "0af7651916cd43dd8448eb211c80319c";

    private readonly CollectingSink _log = new();
    private readonly HubFactory _factory;

    public RequestLoggingTests()
    {
        _factory = new HubFactory(settings: new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Information" })
        {
            ConfigureTestServices = services => services.AddSingleton<ILogEventSink>(_log),
        };
    }

    public void Dispose() => _factory.Dispose();

    private sealed class CollectingSink : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }

    /// <summary>A request from a reader's connection, with what a browser and a proxy would add.</summary>
    private Task<HttpContext> SendAsync(string path, string query = "", string? cookie = null, string? ifNoneMatch = null) =>
        _factory.Server.SendAsync(context =>
        {
            var request = context.Request;
            request.Method = HttpMethods.Get;
            request.Scheme = "https";
            request.Host = new HostString("localhost");
            request.Path = path;
            request.QueryString = new QueryString(query);
            // The target as sent on the wire, as Kestrel records it (the test server leaves it empty).
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget = path + query;
            request.Headers.UserAgent = "SecretBrowser/1.0";
            request.Headers["X-Forwarded-For"] = ClientAddress;
            request.Headers["traceparent"] = $"00-{ClientTraceId}-b7ad6b7169203331-01";
            if (cookie is not null)
            {
                request.Headers.Cookie = cookie;
            }

            if (ifNoneMatch is not null)
            {
                request.Headers.IfNoneMatch = ifNoneMatch;
            }

            context.Connection.RemoteIpAddress = IPAddress.Parse(ClientAddress);
        });

    /// <summary>Request lines for the path, and for the path with anything after it (which is for the test to catch).</summary>
    private List<LogEvent> RequestLines(string path) =>
        [.. _log.Events.Where(e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal)
            && e.Properties.TryGetValue("RequestPath", out var p) && p is ScalarValue { Value: string logged }
            && logged.StartsWith(path, StringComparison.Ordinal))];

    /// <summary>
    /// The request lines for a path once there are at least <paramref name="count"/>: the test server hands
    /// back the response as soon as it is complete, and the line is written just after.
    /// </summary>
    private async Task<List<LogEvent>> RequestLinesAsync(string path, int count = 1)
    {
        await Until(() => RequestLines(path).Count >= count);
        return RequestLines(path);
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
    }

    private static object? Scalar(LogEvent e, string name) => ((ScalarValue)e.Properties[name]).Value;

    /// <summary>Everything a sink could write: messages, every property, exceptions, trace ids.</summary>
    private string Everything() => string.Join('\n', _log.Events.Select(e =>
        $"{e.RenderMessage(CultureInfo.InvariantCulture)} {string.Join(' ', e.Properties.Select(p => $"{p.Key}={p.Value}"))} {e.Exception} {e.TraceId} {e.SpanId}"));

    [Fact]
    public async Task Each_request_is_logged_once_with_method_path_status_and_time_but_never_query_cookies_headers_or_address()
    {
        await SendAsync("/articles/consent-basics", "?q=my+secret+search", cookie: "session=cookie-value");

        var line = Assert.Single(await RequestLinesAsync("/articles/consent-basics"));
        var everything = Everything();
        Assert.DoesNotContain("secret", everything);
        Assert.DoesNotContain("cookie-value", everything);
        Assert.DoesNotContain(ClientAddress, everything);
        Assert.DoesNotContain("SecretBrowser", everything);
        Assert.DoesNotContain(ClientTraceId, everything);

        Assert.Matches(@"^HTTP GET /articles/consent-basics responded 200 in \d+\.\d ms$", line.RenderMessage(CultureInfo.InvariantCulture));
        Assert.Equal(LogEventLevel.Information, line.Level);
        Assert.Equal(RequestLineProperties.Order(), line.Properties.Keys.Order());
        Assert.Equal("/articles/consent-basics", Scalar(line, "RequestPath"));
        Assert.Equal("GET", Scalar(line, "RequestMethod"));
        Assert.Equal(200, Scalar(line, "StatusCode"));
        Assert.IsType<double>(Scalar(line, "Elapsed"));
    }

    [Fact]
    public async Task A_page_from_the_page_cache_is_logged_once_per_request_like_a_rendered_one()
    {
        var first = await SendAsync("/articles/law-explained");
        var cache = _factory.Services.GetRequiredService<PageCache>();
        await Until(() => cache.Count > 0);
        Assert.True(cache.Count > 0, "the first request stored the page");

        await SendAsync("/articles/law-explained");
        await SendAsync("/articles/law-explained", ifNoneMatch: first.Response.Headers.ETag);

        // In any order: each line is written just after its response is complete, and so can follow the next request's.
        var lines = await RequestLinesAsync("/articles/law-explained", 3);
        Assert.Equal([200, 200, 304], lines.Select(l => (int)Scalar(l, "StatusCode")!).Order());
    }

    [Fact]
    public async Task An_error_page_is_logged_once_with_the_status_and_path_the_reader_asked_for()
    {
        await SendAsync("/articles/no-such-article", "?q=secret");

        var line = Assert.Single(await RequestLinesAsync("/articles/no-such-article"));
        Assert.Equal(404, Scalar(line, "StatusCode"));
        Assert.Empty(RequestLines("/error/404"));
        Assert.DoesNotContain("secret", Everything());
    }

    [Theory]
    [InlineData(200, LogEventLevel.Information)]
    [InlineData(404, LogEventLevel.Information)]
    [InlineData(500, LogEventLevel.Error)]
    [InlineData(503, LogEventLevel.Warning)]
    public void Level_follows_the_status_and_503_the_site_not_yet_ready_is_only_a_warning(int status, LogEventLevel level) =>
        Assert.Equal(level, RequestLogging.Level(new DefaultHttpContext { Response = { StatusCode = status } }, 1, null));

    [Fact]
    public void A_request_that_threw_is_an_error_whatever_status_was_set() =>
        Assert.Equal(LogEventLevel.Error, RequestLogging.Level(new DefaultHttpContext(), 1, new InvalidOperationException()));
}
