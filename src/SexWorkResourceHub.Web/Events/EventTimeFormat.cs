using System.Globalization;

namespace SexWorkResourceHub.Web.Events;

/// <summary>How an occurrence's date and time read on the page.</summary>
public static class EventTimeFormat
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>
    /// "Thursday, April 25, 2019, 9:00 PM EDT / 6:00 PM PDT": the organiser's zone first, then, for US
    /// events, Eastern and Pacific time. All-day events read as dates: "Sunday, June 2, 2019".
    /// </summary>
    public static string Describe(EventOccurrence occurrence)
    {
        if (occurrence.Event.AllDay)
        {
            return DescribeDays(DateOnly.FromDateTime(occurrence.Start), occurrence.End is { } end ? DateOnly.FromDateTime(end) : null);
        }

        var zone = occurrence.Zone;
        var local = TimeZoneInfo.ConvertTimeFromUtc(occurrence.Start, zone);
        var text = local.ToString("dddd, MMMM d, yyyy, ", English) + TimeRange(occurrence, zone);
        if (EventZones.IsInUnitedStates(zone.Id))
        {
            foreach (var otherId in new[] { EventZones.Eastern, EventZones.Pacific })
            {
                if (otherId != zone.Id)
                {
                    var other = EventZones.Find(otherId);
                    var otherLocal = TimeZoneInfo.ConvertTimeFromUtc(occurrence.Start, other);
                    var day = otherLocal.Date != local.Date ? otherLocal.ToString(" (dddd)", English) : string.Empty;
                    text += " / " + TimeRange(occurrence, other) + day;
                }
            }
        }

        return text;
    }

    /// <summary>How a yearly event recurs: "Every year on June 2", "Every January".</summary>
    public static string Recurrence(EventOccurrence occurrence)
    {
        var first = occurrence.Event.Start;
        if (occurrence.Event.End is not { } last || last.Date == first.Date)
        {
            return "Every year on " + first.ToString("MMMM d", English);
        }

        var wholeMonth = first.Day == 1 && last.Month == first.Month && last.AddDays(1).Month != last.Month;
        return wholeMonth
            ? "Every " + first.ToString("MMMM", English)
            : $"Every year from {first.ToString("MMMM d", English)} to {last.ToString("MMMM d", English)}";
    }

    /// <summary>The machine-readable moment for &lt;time datetime&gt;: UTC for timed events, a date for all-day ones.</summary>
    public static string MachineReadable(EventOccurrence occurrence) =>
        occurrence.Event.AllDay
            ? occurrence.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : occurrence.Start.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string TimeRange(EventOccurrence occurrence, TimeZoneInfo zone)
    {
        var start = TimeZoneInfo.ConvertTimeFromUtc(occurrence.Start, zone);
        var text = start.ToString("h:mm tt", English);
        if (occurrence.End is { } endUtc)
        {
            var end = TimeZoneInfo.ConvertTimeFromUtc(endUtc, zone);
            text += end.Date == start.Date
                ? " to " + end.ToString("h:mm tt", English)
                : " to " + end.ToString("dddd, MMMM d, h:mm tt", English);
        }

        return text + " " + EventZones.Abbreviation(zone, occurrence.Start);
    }

    private static string DescribeDays(DateOnly first, DateOnly? last)
    {
        if (last is not { } end || end == first)
        {
            return first.ToString("dddd, MMMM d, yyyy", English);
        }

        return first.Year == end.Year && first.Month == end.Month
            ? $"{first.ToString("MMMM d", English)} to {end.ToString("d, yyyy", English)}"
            : $"{first.ToString("MMMM d, yyyy", English)} to {end.ToString("MMMM d, yyyy", English)}";
    }
}
