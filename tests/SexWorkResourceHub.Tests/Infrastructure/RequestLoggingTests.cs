using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SexWorkResourceHub.Tests.Infrastructure;

public sealed class RequestLoggingTests
{
    /// <summary>A real logger provider that keeps what it is given.</summary>
    private sealed class CollectingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Collector(this);

        public void Dispose()
        {
        }

        private sealed class Collector(CollectingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Lines.Enqueue(formatter(state, exception));
        }
    }

    [Fact]
    public async Task Each_request_is_logged_once_with_method_path_status_and_time_but_never_query_cookies_or_address()
    {
        var logs = new CollectingLoggerProvider();
        using var factory = new HubFactory(settings: new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information" })
        {
            ConfigureTestServices = services => services.AddSingleton<ILoggerProvider>(logs),
        };
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/consent-basics?q=my+secret+search");
        request.Headers.Add("Cookie", "session=cookie-value");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        await client.SendAsync(request);

        var line = Assert.Single(logs.Lines, l => l.StartsWith("HTTP ", StringComparison.Ordinal) && l.Contains("consent-basics", StringComparison.Ordinal));
        Assert.Matches(@"^HTTP GET /articles/consent-basics responded 200 in \d+(\.\d)? ms$", line);
        var everything = string.Join('\n', logs.Lines);
        Assert.DoesNotContain("secret", everything);
        Assert.DoesNotContain("cookie-value", everything);
        Assert.DoesNotContain("203.0.113.9", everything);
    }
}
