using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SexWorkResourceHub.Web.Infrastructure;

/// <summary>How many requests of each limited kind one client may make per window.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in attempts per client per window.</summary>
    public int SignInPermits { get; set; } = 10;

    public int SignInWindowSeconds { get; set; } = 900;

    /// <summary>Public suggestions per client per window.</summary>
    public int SuggestPermits { get; set; } = 5;

    public int SuggestWindowSeconds { get; set; } = 600;

    /// <summary>Searches per client per window.</summary>
    public int SearchPermits { get; set; } = 60;

    public int SearchWindowSeconds { get; set; } = 60;
}

public static class RateLimits
{
    /// <summary>
    /// Per-client limits on sign-in attempts and searches here, and on suggestions in the forms themselves
    /// (<see cref="SuggestionLimiter"/>). The client's address is used only as the key of an in-memory
    /// counter: it is never logged or stored. Over the limit, the reader gets 429 with the friendly error
    /// page, which says how long to wait, and a Retry-After header.
    /// </summary>
    public static IServiceCollection AddClientRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .Validate(o => o is { SignInPermits: > 0, SignInWindowSeconds: > 0, SuggestPermits: > 0, SuggestWindowSeconds: > 0, SearchPermits: > 0, SearchWindowSeconds: > 0 },
                "RateLimits: every permit count and window must be a positive number.")
            .ValidateOnStart();
        services.AddSingleton<SuggestionLimiter>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    new RetryAfter(retryAfter).ApplyTo(context.HttpContext);
                }

                return ValueTask.CompletedTask;
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(Partition);
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var request = context.Request;
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (HttpMethods.IsPost(request.Method) && request.Path.Equals("/editor/login", StringComparison.OrdinalIgnoreCase))
        {
            return Window("sign-in|" + client, limits.SignInPermits, limits.SignInWindowSeconds);
        }

        // HEAD runs the same search as GET, so it counts against the same limit.
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Path.Equals("/search", StringComparison.OrdinalIgnoreCase) && request.Query.ContainsKey("q"))
        {
            return Window("search|" + client, limits.SearchPermits, limits.SearchWindowSeconds);
        }

        return RateLimitPartition.GetNoLimiter("unlimited");
    }

    private static RateLimitPartition<string> Window(string key, int permits, int seconds) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromSeconds(seconds),
            QueueLimit = 0,
        });
}
