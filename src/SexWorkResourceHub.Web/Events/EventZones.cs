using System.Collections.Frozen;

namespace SexWorkResourceHub.Web.Events;

/// <summary>
/// Time zones as readers know them. .NET does not expose tz abbreviations (EST, PDT), so the zones a
/// US-focused schedule uses are listed here; any other zone shows its UTC offset instead.
/// </summary>
public static class EventZones
{
    public const string Eastern = "America/New_York";
    public const string Pacific = "America/Los_Angeles";

    private sealed record Names(string Standard, string Daylight, bool InUnitedStates);

    private static readonly FrozenDictionary<string, Names> Known = new Dictionary<string, Names>
    {
        [Eastern] = new("EST", "EDT", true),
        ["America/Detroit"] = new("EST", "EDT", true),
        ["America/Indiana/Indianapolis"] = new("EST", "EDT", true),
        ["America/Kentucky/Louisville"] = new("EST", "EDT", true),
        ["America/Chicago"] = new("CST", "CDT", true),
        ["America/Denver"] = new("MST", "MDT", true),
        ["America/Boise"] = new("MST", "MDT", true),
        ["America/Phoenix"] = new("MST", "MST", true),
        [Pacific] = new("PST", "PDT", true),
        ["America/Anchorage"] = new("AKST", "AKDT", true),
        ["Pacific/Honolulu"] = new("HST", "HST", true),
        ["America/Puerto_Rico"] = new("AST", "AST", true),
        ["Europe/London"] = new("GMT", "BST", false),
        ["Europe/Paris"] = new("CET", "CEST", false),
        ["Europe/Berlin"] = new("CET", "CEST", false),
        ["Europe/Amsterdam"] = new("CET", "CEST", false),
        ["Europe/Brussels"] = new("CET", "CEST", false),
        ["Europe/Madrid"] = new("CET", "CEST", false),
        ["Europe/Rome"] = new("CET", "CEST", false),
        ["UTC"] = new("UTC", "UTC", false),
        ["Etc/UTC"] = new("UTC", "UTC", false),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Zones offered on the public suggestion form, most used first.</summary>
    public static readonly IReadOnlyList<(string Id, string Label)> Common =
    [
        (Eastern, "US Eastern (New York)"),
        ("America/Chicago", "US Central (Chicago)"),
        ("America/Denver", "US Mountain (Denver)"),
        ("America/Phoenix", "US Arizona (Phoenix)"),
        (Pacific, "US Pacific (Los Angeles)"),
        ("America/Anchorage", "US Alaska (Anchorage)"),
        ("Pacific/Honolulu", "US Hawaii (Honolulu)"),
        ("America/Puerto_Rico", "Puerto Rico"),
        ("UTC", "UTC"),
        ("Europe/London", "UK (London)"),
        ("Europe/Paris", "Central Europe (Paris)"),
    ];

    /// <summary>The zone, or UTC if the id is unknown on this machine (stored ids are checked when saved).</summary>
    public static TimeZoneInfo Find(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    public static bool IsInUnitedStates(string id) => Known.TryGetValue(id, out var names) && names.InUnitedStates;

    /// <summary>"EDT" for New York in summer; "UTC+05:30" for a zone without a listed abbreviation.</summary>
    public static string Abbreviation(TimeZoneInfo zone, DateTime utc)
    {
        if (Known.TryGetValue(zone.Id, out var names))
        {
            return zone.IsDaylightSavingTime(utc) ? names.Daylight : names.Standard;
        }

        var offset = zone.GetUtcOffset(utc);
        return offset == TimeSpan.Zero ? "UTC" : $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm}";
    }
}
