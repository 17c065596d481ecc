using System.Net;
using System.Text.Json;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Infrastructure;

/// <summary>What the site binary writes to standard output, read from the real process as an operator reads it.</summary>
public sealed class LogOutputTests : IDisposable
{
    private const string ClientAddress = "203.0.113.9";
    private const string ClientTraceId = "0af7651916cd43dd8448eb211c80319c";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "swrh-log", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private Dictionary<string, string> Settings(string environment) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = environment,
        ["Content__Path"] = Path.Combine(AppContext.BaseDirectory, "Fixtures", "content"),
        ["ConnectionStrings__Hub"] = $"Data Source={Path.Combine(_root, "hub.db")}",
        ["Site__BaseUrl"] = "http://127.0.0.1",
        // Behind a proxy, as in production: the proxy's header makes the reader's own address the client's.
        ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true",
    };

    /// <summary>An article with what a browser and a proxy send along; returns the site's request line.</summary>
    private static async Task<string> ReadArticleAsync(SiteProcess.Running site)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = site.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/consent-basics?q=my+hidden+search");
        request.Headers.Add("Cookie", "session=cookie-value");
        request.Headers.Add("X-Forwarded-For", ClientAddress);
        request.Headers.Add("traceparent", $"00-{ClientTraceId}-b7ad6b7169203331-01");
        request.Headers.UserAgent.ParseAdd("SecretBrowser/1.0");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await site.WaitForLineAsync(l => l.Contains("HTTP GET /articles/consent-basics", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
    }

    private static void AssertNothingOfTheReader(SiteProcess.Running site)
    {
        var everything = string.Join('\n', site.Output) + site.Errors;
        Assert.DoesNotContain("hidden", everything);
        Assert.DoesNotContain("cookie-value", everything);
        Assert.DoesNotContain(ClientAddress, everything);
        Assert.DoesNotContain("SecretBrowser", everything);
        Assert.DoesNotContain(ClientTraceId, everything);
    }

    [Fact]
    public async Task In_production_every_line_is_compact_json_and_a_request_is_one_line_with_only_its_four_facts()
    {
        using var site = await SiteProcess.StartAsync(Settings("Production"));

        var line = await ReadArticleAsync(site);

        using (var json = JsonDocument.Parse(line))
        {
            var request = json.RootElement;
            Assert.Equal(
                ["@i", "@m", "@sp", "@t", "@tr", "Elapsed", "RequestMethod", "RequestPath", "SourceContext", "StatusCode"],
                request.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Matches(@"^HTTP GET /articles/consent-basics responded 200 in \d+\.\d ms$", request.GetProperty("@m").GetString());
            Assert.Equal("GET", request.GetProperty("RequestMethod").GetString());
            Assert.Equal("/articles/consent-basics", request.GetProperty("RequestPath").GetString());
            Assert.Equal(200, request.GetProperty("StatusCode").GetInt32());
            Assert.True(request.GetProperty("Elapsed").GetDouble() > 0);
        }

        Assert.DoesNotContain("127.0.0.1", line);
        var output = site.Output;
        Assert.Single(output, l => l.Contains("/articles/consent-basics", StringComparison.Ordinal));
        Assert.All(output, l =>
        {
            using var json = JsonDocument.Parse(l);
            Assert.True(json.RootElement.TryGetProperty("@t", out _) && json.RootElement.TryGetProperty("@m", out _), l);
        });
        Assert.Contains(output, l => l.Contains("\"@m\":\"Now listening on: ", StringComparison.Ordinal) && l.Contains("\"SourceContext\":\"Microsoft.Hosting.Lifetime\"", StringComparison.Ordinal));
        Assert.Contains(output, l => l.Contains("\"@m\":\"Content catalog version 1: ", StringComparison.Ordinal));
        Assert.Empty(site.Errors);
        AssertNothingOfTheReader(site);
    }

    [Fact]
    public async Task In_development_lines_are_readable_text()
    {
        using var site = await SiteProcess.StartAsync(Settings("Development"));

        var line = await ReadArticleAsync(site);

        Assert.Matches(@"^\[\d\d:\d\d:\d\d INF\] HTTP GET /articles/consent-basics responded 200 in \d+\.\d ms <Serilog\.AspNetCore\.RequestLoggingMiddleware>$", line);
        AssertNothingOfTheReader(site);
    }

    [Fact]
    public async Task A_command_prints_only_warnings_and_errors_even_where_the_site_logs_information()
    {
        var settings = Settings("Production");
        settings["Serilog__MinimumLevel__Default"] = "Information";

        var result = await SiteProcess.RunAsync(["editors", "list"], settings);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No editor accounts yet", result.Output);
        // Preparing the empty store logs these at Information.
        Assert.DoesNotContain("Seeded", result.Output + result.Errors);
        Assert.DoesNotContain("Database ready", result.Output + result.Errors);
    }
}
