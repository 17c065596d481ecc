using System.Globalization;

namespace SexWorkResourceHub.Web.Events;

/// <summary>How an occurrence's date and time read on the page.</summary>
public static class EventTimeFormat
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>
    /// How dates and times read in a language: English "Thursday, April 25, 2019, 9:00 PM EDT"; Spanish
    /// "jueves, 25 de abril de 2019, 21:00 EDT" (a 24-hour clock). The request's language chooses.
    /// </summary>
    private sealed record Patterns(CultureInfo Culture, string Day, string MonthDay, string DayOnly, string DayYear, string Month, string Clock, string WeekdayMonthDayClock, string Weekday);

    private static readonly Patterns InEnglish = new(English, "dddd, MMMM d, yyyy", "MMMM d", "d, yyyy", "MMMM d, yyyy", "MMMM", "h:mm tt", "dddd, MMMM d, h:mm tt", "dddd");

    private static readonly Patterns InSpanish = new(CultureInfo.GetCultureInfo("es"),
        "dddd, d 'de' MMMM 'de' yyyy", "d 'de' MMMM", "d 'de' MMMM 'de' yyyy", "d 'de' MMMM 'de' yyyy", "MMMM", "H:mm", "dddd d 'de' MMMM, H:mm", "dddd");

    private static Patterns Current => Localization.Ui.Language == "es" ? InSpanish : InEnglish;

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
        var p = Current;
        var text = local.ToString(p.Day, p.Culture) + ", " + TimeRange(occurrence, zone);
        if (EventZones.IsInUnitedStates(zone.Id))
        {
            foreach (var otherId in new[] { EventZones.Eastern, EventZones.Pacific })
            {
                if (otherId != zone.Id)
                {
                    var other = EventZones.Find(otherId);
                    var otherLocal = TimeZoneInfo.ConvertTimeFromUtc(occurrence.Start, other);
                    var day = otherLocal.Date != local.Date ? " (" + otherLocal.ToString(p.Weekday, p.Culture) + ")" : string.Empty;
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
        var p = Current;
        if (occurrence.Event.End is not { } last || last.Date == first.Date)
        {
            return Localization.Ui.T("Every year on {0}", first.ToString(p.MonthDay, p.Culture));
        }

        var wholeMonth = first.Day == 1 && last.Month == first.Month && last.AddDays(1).Month != last.Month;
        return wholeMonth
            ? Localization.Ui.T("Every {0}", first.ToString(p.Month, p.Culture))
            : Localization.Ui.T("Every year from {0} to {1}", first.ToString(p.MonthDay, p.Culture), last.ToString(p.MonthDay, p.Culture));
    }

    /// <summary>The machine-readable moment for &lt;time datetime&gt;: UTC for timed events, a date for all-day ones.</summary>
    public static string MachineReadable(EventOccurrence occurrence) =>
        occurrence.Event.AllDay
            ? occurrence.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : occurrence.Start.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string TimeRange(EventOccurrence occurrence, TimeZoneInfo zone)
    {
        var p = Current;
        var start = TimeZoneInfo.ConvertTimeFromUtc(occurrence.Start, zone);
        var text = start.ToString(p.Clock, p.Culture);
        if (occurrence.End is { } endUtc)
        {
            var end = TimeZoneInfo.ConvertTimeFromUtc(endUtc, zone);
            text = Localization.Ui.T("{0} to {1}", text, end.ToString(end.Date == start.Date ? p.Clock : p.WeekdayMonthDayClock, p.Culture));
        }

        return text + " " + EventZones.Abbreviation(zone, occurrence.Start);
    }

    private static string DescribeDays(DateOnly first, DateOnly? last)
    {
        var p = Current;
        if (last is not { } end || end == first)
        {
            return first.ToString(p.Day, p.Culture);
        }

        // "June 2 to 5, 2026" / "Del 2 al 5 de junio de 2026".
        return first.Year == end.Year && first.Month == end.Month
            ? Localization.Ui.T("{0} to {1} (days)", first.ToString(p == InSpanish ? "%d" : p.MonthDay, p.Culture), end.ToString(p.DayOnly, p.Culture))
            : Localization.Ui.T("{0} to {1} (days)", first.ToString(p.DayYear, p.Culture), end.ToString(p.DayYear, p.Culture));
    }
}
