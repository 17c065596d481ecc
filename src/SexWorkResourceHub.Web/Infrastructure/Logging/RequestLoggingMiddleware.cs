using System.Diagnostics;

namespace SexWorkResourceHub.Web.Infrastructure.Logging;

/// <summary>
/// One log line per request: method, path, status and elapsed time. Deliberately nothing else:
/// no IP address, query string, cookies, headers or form fields, because readers may be at risk.
/// </summary>
internal sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var method = context.Request.Method;
        var path = context.Request.Path.Value;
        try
        {
            await next(context);
        }
        finally
        {
            var status = context.Response.StatusCode;
            // 503 is the site saying "not yet" (readiness during start-up), not a fault in the code.
            var level = status == StatusCodes.Status503ServiceUnavailable ? LogLevel.Warning : status >= 500 ? LogLevel.Error : LogLevel.Information;
            // Checked first: the call below boxes its arguments even when the line is not written.
            if (log.IsEnabled(level))
            {
                log.Log(level,
                    "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms",
                    method, path, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
    }
}
