using System.Globalization;
using SexWorkResourceHub.Web.Events;

namespace SexWorkResourceHub.Web.Editors;

/// <summary>
/// Times on the editors' pages, in the zone the signed-in editor chose (<c>/editor/settings</c>), with its
/// abbreviation: "December 1, 2026, 09:03 EST". Until they choose, times read in UTC, and say so.
/// </summary>
public static class EditorTime
{
    private static readonly object Key = new();

    /// <summary>Keeps the editor's zone for this request (set when the session is checked).</summary>
    public static void Remember(HttpContext context, string? zoneId) =>
        context.Items[Key] = zoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone) ? zone : null;

    /// <summary>Whether the editor has chosen a zone (the dashboard suggests choosing one until they do).</summary>
    public static bool IsChosen(HttpContext context) => context.Items[Key] is TimeZoneInfo;

    public static TimeZoneInfo ZoneOf(HttpContext context) => context.Items[Key] as TimeZoneInfo ?? TimeZoneInfo.Utc;

    /// <summary>"December 1, 2026, 09:03 EST": a stored UTC time in the editor's zone.</summary>
    public static string Format(HttpContext context, DateTime utc) => Format(ZoneOf(context), utc);

    public static string Format(TimeZoneInfo zone, DateTime utc)
    {
        var moment = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        var local = TimeZoneInfo.ConvertTimeFromUtc(moment, zone);
        return local.ToString("MMMM d, yyyy, HH:mm", CultureInfo.InvariantCulture) + " " + EventZones.Abbreviation(zone, moment);
    }

    /// <summary>"December 1, 2026": the day a stored UTC time falls on in the editor's zone.</summary>
    public static string Day(HttpContext context, DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), ZoneOf(context)).ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>The machine-readable form for a time element's datetime: always UTC.</summary>
    public static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
