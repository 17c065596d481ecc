using System.Globalization;

namespace SexWorkResourceHub.Tests.Support;

/// <summary>A clock set to one moment, so tests can say "before", "during" and "after" an event.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public static FixedTimeProvider At(string iso) => new(DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture));
}
