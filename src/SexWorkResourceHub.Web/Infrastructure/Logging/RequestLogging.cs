using Serilog;
using Serilog.Events;

namespace SexWorkResourceHub.Web.Infrastructure.Logging;

public static class RequestLogging
{
    /// <summary>
    /// One log line per request (Serilog.AspNetCore): method, path, status and elapsed time, and nothing else:
    /// no IP address, query string, cookies, headers or form fields, because readers may be at risk (the
    /// privacy page promises it). Outermost, so the line has the final status, error pages included, and
    /// covers pages the page cache sends.
    /// </summary>
    public static WebApplication UseSiteRequestLogging(this WebApplication app)
    {
        // The host's own logger: the middleware would otherwise write through the process-wide Log.Logger.
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = logger;
            // Literal (:l), so the JSON line's rendered message reads HTTP GET /path, not HTTP "GET" "/path".
            options.MessageTemplate = "HTTP {RequestMethod:l} {RequestPath:l} responded {StatusCode} in {Elapsed:0.0} ms";
            // The default already; stated because the privacy page depends on it.
            options.IncludeQueryInRequestPath = false;
            options.GetLevel = Level;
        });
        return app;
    }

    /// <summary>503 is the site saying "not yet" (readiness during start-up), not a fault in the code.</summary>
    internal static LogEventLevel Level(HttpContext context, double elapsedMs, Exception? exception) =>
        exception is not null ? LogEventLevel.Error
        : context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable ? LogEventLevel.Warning
        : context.Response.StatusCode >= 500 ? LogEventLevel.Error
        : LogEventLevel.Information;
}
