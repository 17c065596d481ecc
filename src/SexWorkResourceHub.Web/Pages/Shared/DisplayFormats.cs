using System.Globalization;

namespace SexWorkResourceHub.Web.Pages.Shared;

/// <summary>How dates and tags read on the page.</summary>
public static class DisplayFormats
{
    /// <summary>"November 16, 2026".</summary>
    public static string ToDisplay(this DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>"November 2026".</summary>
    public static string ToMonthYear(this DateOnly date) => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"2026-11-16", for the datetime attribute of &lt;time&gt;.</summary>
    public static string ToIso(this DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
