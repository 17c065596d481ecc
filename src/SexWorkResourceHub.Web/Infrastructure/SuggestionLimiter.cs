using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SexWorkResourceHub.Web.Infrastructure;

/// <summary>
/// How many suggestions and reports one client may send in a window (RateLimits:Suggest*). The forms ask
/// it themselves, after checking what was typed, so a form with mistakes costs nothing and a refused one
/// comes back with its text and the real wait. The client's address is only the key of an in-memory
/// counter; it is never logged or stored.
/// </summary>
public sealed class SuggestionLimiter(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SuggestPermits,
            Window = TimeSpan.FromSeconds(options.Value.SuggestWindowSeconds),
            QueueLimit = 0,
        }));

    /// <summary>Null when this client may send one more now; otherwise how long until it may.</summary>
    public TimeSpan? WaitBeforeNext(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(options.Value.SuggestWindowSeconds);
    }

    public void Dispose() => _limiter.Dispose();
}
