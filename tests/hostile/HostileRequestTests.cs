using System.Diagnostics;
using System.Net;
using System.Text;

namespace SexWorkResourceHub.HostileTests;

/// <summary>
/// Malformed paths, percent-encoding, every method, huge headers and bodies, slow clients and hostile
/// search text: each answer is a status below 500 on a connection the server closes cleanly, and the
/// site is healthy, ready and within its memory bound afterwards.
/// </summary>
[Collection(HostileSiteCollection.Name)]
public sealed class HostileRequestTests(HostileSite site)
{
    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "BREW"];

    private static readonly string[] Targets =
    [
        "/", "/%", "/%zz", "/%00", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/articles/%c0%ae%c0%ae",
        "/articles/" + new string('a', 4000), "//", "/articles//sex-work-is-not-trafficking", "/articles/x%20y",
        "/articles/sex-work-is-not-trafficking", "/articles/sex-work-is-not-trafficking?x=%", "/articles/tags/%ff",
        "/events/%E0%A4%A", "/events/x.ics", "/events.ics?%", "/feed.xml?a=%zz", "/sitemap.xml", "/robots.txt",
        "/resources?kind=../../&place=%3Cscript%3E", "/resources?kind=hotline&kind=hotline&page=-1", "/get-help",
        "/search?q=%", "/search?q=%22%22%22", "/search?q=*", "/search?q=NEAR(a%20b)", "/search?q=a%20OR%20b%20NOT%20c",
        "/search?q=" + new string('x', 3000), "/search?q=%F0%9F%98%80%E2%80%AE", "/search?q=a%00b", "/search?q=%27%3B--",
        "/suggest/resource", "/suggest/event", "/editor", "/editor/login", "/editor/../editor", "/healthz", "/readyz",
        "/?" + string.Concat(Enumerable.Repeat("&a=1", 500)), "/css/%2e%2e/%2e%2e/Program.cs",
    ];

    [Fact]
    public async Task Every_method_on_odd_paths_gets_an_answer_below_500()
    {
        var failures = new List<string>();
        foreach (var target in Targets)
        {
            foreach (var method in Methods)
            {
                var status = await RawHttp.RequestAsync(site.Server.Address, method, target);
                if (status is null or >= 500)
                {
                    failures.Add($"{method} {Shorten(target)} -> {status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no answer"}");
                }
            }
        }

        Assert.Empty(failures);
        await site.AssertStillWellAsync();
    }

    [Theory]
    [InlineData("GET / HTTP/1.1\r\n\r\n", 400)]
    [InlineData("GET /\r\n\r\n", 400)]
    [InlineData("G\u0000T / HTTP/1.1\r\nHost: {host}\r\n\r\n", 400)]
    [InlineData("GET / HTTP/1.1\r\nHost: {host}\r\nContent-Length: -1\r\n\r\n", 400)]
    [InlineData("POST /suggest/resource HTTP/1.1\r\nHost: {host}\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400)]
    [InlineData("GET / HTTP/1.1\r\nHost: {host}\r\nBad Header\r\n\r\n", 400)]
    [InlineData("\u0016\u0003\u0001\u0000\u00a5\r\n\r\n", 400)]
    // Both lengths: the chunked framing wins, as HTTP/1.1 says, and the request is answered normally.
    [InlineData("GET / HTTP/1.1\r\nHost: {host}\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 200)]
    // The one 5xx allowed: RFC 9110 (15.6.6) names 505 as the answer to a version the server does not speak.
    [InlineData("GET / HTTP/9.9\r\nHost: {host}\r\n\r\n", 505)]
    public async Task Malformed_request_heads_get_an_answer(string request, int expected)
    {
        await using var connection = await RawHttp.ConnectAsync(site.Server.Address);
        await connection.SendAsync(request.Replace("{host}", site.Server.Address.Authority, StringComparison.Ordinal));

        var status = await connection.ReadStatusAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(expected, status);
        await site.AssertStillWellAsync();
    }

    [Fact]
    public async Task Huge_headers_and_bodies_are_refused_with_a_4xx()
    {
        var bigHeader = $"X-Big: {new string('a', 64 * 1024)}\r\n";
        var manyHeaders = string.Concat(Enumerable.Range(0, 200).Select(i => $"X-H{i}: {i}\r\n"));
        var manyFields = string.Join('&', Enumerable.Range(0, 1100).Select(i => $"f{i}=x"));

        var statuses = new[]
        {
            await RawHttp.RequestAsync(site.Server.Address, "GET", "/", bigHeader),
            await RawHttp.RequestAsync(site.Server.Address, "GET", "/", manyHeaders),
            await RawHttp.RequestAsync(site.Server.Address, "POST", "/suggest/resource", "Content-Type: application/x-www-form-urlencoded\r\n", manyFields),
            await RawHttp.RequestAsync(site.Server.Address, "POST", "/search?q=x", "Content-Type: application/x-www-form-urlencoded\r\n", manyFields),
            await LargeBodyAsync(40L * 1024 * 1024),
        };

        Assert.All(statuses, status => Assert.InRange(status ?? 0, 400, 499));
        await site.AssertStillWellAsync();
    }

    [Fact]
    public async Task Slow_clients_do_not_keep_readers_out()
    {
        // Forty connections that trickle their headers a byte a second, while readers keep asking.
        var slow = new List<RawHttp>();
        for (var i = 0; i < 40; i++)
        {
            var connection = await RawHttp.ConnectAsync(site.Server.Address);
            await connection.SendAsync($"GET / HTTP/1.1\r\nHost: {site.Server.Address.Authority}\r\n");
            slow.Add(connection);
        }

        using var client = site.Server.CreateHttpClient();
        var slowest = TimeSpan.Zero;
        for (var second = 0; second < 8; second++)
        {
            foreach (var connection in slow)
            {
                try
                {
                    await connection.SendAsync("X");
                }
                catch (IOException)
                {
                    // The server may end a connection this slow: that is allowed.
                }
            }

            var timer = Stopwatch.StartNew();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/what-us-law-says")).StatusCode);
            slowest = timer.Elapsed > slowest ? timer.Elapsed : slowest;
            await Task.Delay(1000);
        }

        foreach (var connection in slow)
        {
            await connection.DisposeAsync();
        }

        Assert.InRange(slowest, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        await site.AssertStillWellAsync();
    }

    [Fact]
    public async Task Hostile_search_text_never_fails_the_search_page()
    {
        using var client = site.Server.CreateHttpClient();
        string[] texts =
        [
            "\"", "\"\"\"", "*", "a*", "*a", "NEAR(a b, 2)", "a AND OR NOT b", "title:sex", "- -", "^a", "{a}", "(((", "a\\b",
            "'; DROP TABLE Resources; --", "<script>alert(1)</script>", "\u202etext", "\u0000", new string('é', 2000),
            string.Join(' ', Enumerable.Repeat("sex", 300)), "%", "&", "+", "😀😀", "ﷺ", "\ud800",
        ];

        foreach (var text in texts)
        {
            var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString(text.Replace("\ud800", "\ufffd", StringComparison.Ordinal)));
            Assert.True((int)response.StatusCode < 500, $"'{text}' answered {(int)response.StatusCode}");
        }

        await site.AssertStillWellAsync();
    }

    private async Task<int?> LargeBodyAsync(long bytes)
    {
        await using var connection = await RawHttp.ConnectAsync(site.Server.Address);
        await connection.SendAsync(
            $"POST /suggest/resource HTTP/1.1\r\nHost: {site.Server.Address.Authority}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {bytes}\r\nConnection: close\r\n\r\n");
        var chunk = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
        try
        {
            for (long sent = 0; sent < bytes; sent += chunk.Length)
            {
                await connection.SendAsync(chunk);
            }
        }
        catch (IOException)
        {
            // The server answered and closed before the whole body arrived, as it should.
        }

        return await connection.ReadStatusAsync(TimeSpan.FromSeconds(20));
    }

    private static string Shorten(string target) => target.Length > 60 ? target[..60] + "…" : target;
}
