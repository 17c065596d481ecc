using System.Globalization;

namespace SexWorkResourceHub.Web.Pages.Shared;

/// <summary>How dates and tags read on the page.</summary>
public static class DisplayFormats
{
    /// <summary>"November 16, 2026"; in Spanish (the request's culture), "16 de noviembre de 2026".</summary>
    public static string ToDisplay(this DateOnly date) => IsSpanish
        ? date.ToString("d 'de' MMMM 'de' yyyy", Spanish)
        : date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>"November 2026"; in Spanish, "noviembre de 2026".</summary>
    public static string ToMonthYear(this DateOnly date) => IsSpanish
        ? date.ToString("MMMM 'de' yyyy", Spanish)
        : date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es");

    private static bool IsSpanish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "es";

    /// <summary>
    /// A source's date as the other dates read: "April 11, 2018" for 2018-04-11, "April 2018" for 2018-04,
    /// and the year alone; anything else (checked by check-content) as it was written.
    /// </summary>
    public static string SourceDate(string date) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day.ToDisplay()
        : DateOnly.TryParseExact(date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && date.Length == 7 ? month.ToMonthYear()
        : date;

    /// <summary>"2026-11-16", for the datetime attribute of &lt;time&gt;.</summary>
    public static string ToIso(this DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
