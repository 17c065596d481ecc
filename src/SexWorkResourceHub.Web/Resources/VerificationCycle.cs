namespace SexWorkResourceHub.Web.Resources;

/// <summary>When a resource's details were checked, and when they are due to be checked again.</summary>
public static class VerificationCycle
{
    /// <summary>Today's date for the directory's rules, from the site's clock (UTC, as the rest of the site).</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
