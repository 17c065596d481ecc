using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Resources;

/// <summary>
/// When a resource's details are due to be checked again. Hotlines and support lines change numbers and
/// hours most often, and a reader in a crisis depends on them, so they come round twice as often.
/// </summary>
public static class VerificationCycle
{
    public const int HotlineMonths = 6;

    public const int OtherMonths = 12;

    public static int MonthsBetweenChecks(ResourceKind kind) => kind == ResourceKind.Hotline ? HotlineMonths : OtherMonths;

    /// <summary>Today's date for the directory's rules, from the site's clock (UTC, as the rest of the site).</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>Where <paramref name="resource"/> stands on <paramref name="today"/>; one never checked is due now.</summary>
    public static Recheck For(Resource resource, DateOnly today)
    {
        if (resource.LastVerified is not { } verified)
        {
            return new Recheck(null, today, Overdue: false);
        }

        var due = verified.AddMonths(MonthsBetweenChecks(resource.Kind));
        return new Recheck(verified, due, Overdue: today > due);
    }
}

/// <summary>A resource's place in the re-check cycle: due on <see cref="DueOn"/>, overdue once that day has passed.</summary>
public sealed record Recheck(DateOnly? LastVerified, DateOnly DueOn, bool Overdue)
{
    public bool NeverChecked => LastVerified is null;
}
