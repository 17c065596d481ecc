using System.Globalization;
using System.Text.RegularExpressions;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Localization;
using SexWorkResourceHub.Web.Events;

namespace SexWorkResourceHub.Web.Resources;

/// <summary>
/// A service's weekly hours as editors write them ("24/7", or "Mon-Fri 09:00-17:00; Sat 10:00-14:00")
/// in the form and the seed file, and as readers read them ("Monday to Friday, 9:00 AM to 5:00 PM").
/// </summary>
public static partial class OpeningHoursText
{
    public const string AlwaysOpen = "24/7";

    public const string Example = "24/7, or Mon-Fri 09:00-17:00; Sat 10:00-14:00";

    /// <summary>The error for days and times given without a zone.</summary>
    public const string NoTimeZone = "Choose the time zone these hours are in.";

    private const string UnknownZoneEnd = "is not a time zone we know. Use an IANA name such as America/New_York.";

    /// <summary>Whether <paramref name="error"/> from <see cref="Parse"/> is about the zone (missing or unknown) rather than the days and times.</summary>
    public static bool IsAboutTheZone(string error) => error == NoTimeZone || error.EndsWith(UnknownZoneEnd, StringComparison.Ordinal);

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    // Monday first, as a week reads on a notice board.
    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static readonly Dictionary<string, DayOfWeek> Days = Week.ToDictionary(d => d.ToString()[..3].ToLowerInvariant(), d => d);

    /// <summary>The hours, or a message saying what is wrong with <paramref name="text"/>; empty text is no hours.</summary>
    public static OpeningHours? Parse(string? text, string? timeZone, out string? error)
    {
        error = null;
        var hours = new OpeningHours { TimeZone = string.IsNullOrWhiteSpace(timeZone) ? null : timeZone.Trim() };
        if (string.IsNullOrWhiteSpace(text))
        {
            return hours;
        }

        if (text.Trim() == AlwaysOpen)
        {
            hours.AlwaysOpen = true;
            return hours;
        }

        foreach (var part in text.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = PeriodPattern().Match(part);
            if (!match.Success)
            {
                error = $"'{part}' is not a day and opening times. Write them like this: {Example}.";
                return null;
            }

            if (!TryDays(match.Groups["from"].Value, match.Groups["to"].Value, out var days))
            {
                error = $"'{part}' names a day we don't know. Use Mon, Tue, Wed, Thu, Fri, Sat or Sun.";
                return null;
            }

            if (!TryTime(match.Groups["opens"].Value, out var opens) || !TryTime(match.Groups["closes"].Value, out var closes))
            {
                error = $"'{part}' has a time that is not on a 24-hour clock. Write times as 09:00 or 17:30.";
                return null;
            }

            foreach (var day in days)
            {
                if (hours.Periods.Any(p => p.Day == day))
                {
                    error = $"{English.DateTimeFormat.GetDayName(day)} is listed twice. Give each day once.";
                    return null;
                }

                hours.Periods.Add(new OpeningPeriod(day, opens, closes));
            }
        }

        if (hours.TimeZone is null)
        {
            error = NoTimeZone;
            return null;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(hours.TimeZone, out _))
        {
            error = $"'{hours.TimeZone}' {UnknownZoneEnd}";
            return null;
        }

        hours.Periods.Sort((a, b) => Array.IndexOf(Week, a.Day).CompareTo(Array.IndexOf(Week, b.Day)));
        return hours;
    }

    /// <summary>The hours as an editor writes them, so a saved form reads back as it was typed.</summary>
    public static string? Format(OpeningHours hours) =>
        hours.AlwaysOpen ? AlwaysOpen
        : hours.Periods.Count == 0 ? null
        : string.Join("; ", Runs(hours).Select(run => $"{Short(run.First)}{(run.First == run.Last ? string.Empty : "-" + Short(run.Last))} {run.Opens:HH\\:mm}-{run.Closes:HH\\:mm}"));

    /// <summary>"Open 24 hours a day, 7 days a week", or "Monday to Friday, 9:00 AM to 5:00 PM (US Eastern (New York) time)"; null for no hours.</summary>
    public static string? Describe(OpeningHours hours)
    {
        if (hours.AlwaysOpen)
        {
            return Ui.T("Open 24 hours a day, 7 days a week");
        }

        if (hours.Periods.Count == 0)
        {
            return null;
        }

        var runs = Runs(hours).Select(run =>
            run.First == run.Last
                ? Ui.T("{0}, {1} to {2}", Long(run.First), Clock(run.Opens), Clock(run.Closes))
                : Ui.T("{0} to {1}, {2} to {3}", Long(run.First), Long(run.Last), Clock(run.Opens), Clock(run.Closes)));
        return string.Join("; ", runs) + (hours.TimeZone is null ? string.Empty : " " + Ui.T("({0} time)", ZoneName(hours.TimeZone)));
    }

    /// <summary>The zone as a reader knows it: "US Eastern (New York)" for America/New_York, the id for others.</summary>
    public static string ZoneName(string id) =>
        EventZones.Common.FirstOrDefault(z => z.Id == id) is { Label: { } label } ? Ui.T(label) : id;

    private sealed record Run(DayOfWeek First, DayOfWeek Last, TimeOnly Opens, TimeOnly Closes);

    /// <summary>Neighbouring days with the same times, joined: Mon, Tue ... Fri 9-5 becomes Mon-Fri.</summary>
    private static List<Run> Runs(OpeningHours hours)
    {
        var runs = new List<Run>();
        foreach (var period in hours.Periods.OrderBy(p => Array.IndexOf(Week, p.Day)))
        {
            if (runs.Count > 0 && runs[^1] is var last && last.Opens == period.Opens && last.Closes == period.Closes
                && Array.IndexOf(Week, period.Day) == Array.IndexOf(Week, last.Last) + 1)
            {
                runs[^1] = last with { Last = period.Day };
            }
            else
            {
                runs.Add(new Run(period.Day, period.Day, period.Opens, period.Closes));
            }
        }

        return runs;
    }

    private static bool TryDays(string from, string to, out DayOfWeek[] days)
    {
        days = [];
        if (!Days.TryGetValue(from.ToLowerInvariant()[..Math.Min(3, from.Length)], out var first))
        {
            return false;
        }

        if (to.Length == 0)
        {
            days = [first];
            return true;
        }

        if (!Days.TryGetValue(to.ToLowerInvariant()[..Math.Min(3, to.Length)], out var last))
        {
            return false;
        }

        var start = Array.IndexOf(Week, first);
        var end = Array.IndexOf(Week, last);
        days = [.. Enumerable.Range(0, ((end - start + 7) % 7) + 1).Select(i => Week[(start + i) % 7])];
        return true;
    }

    private static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text == "24:00" ? "00:00" : text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static string Short(DayOfWeek day) => day.ToString()[..3];

    // In the request's language: "Monday", "9 AM"; in Spanish "lunes", "9:00" (a 24-hour clock, as Spanish readers expect).
    private static string Long(DayOfWeek day) => Ui.InDefaultLanguage ? English.DateTimeFormat.GetDayName(day) : CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(day);

    private static string Clock(TimeOnly time) => !Ui.InDefaultLanguage
        ? time.ToString("H:mm", CultureInfo.InvariantCulture)
        : time == TimeOnly.MinValue ? "midnight" : time.ToString(time.Minute == 0 ? "h tt" : "h:mm tt", English);

    [GeneratedRegex(@"^(?<from>[A-Za-z]{3,9})(\s*[-–]\s*(?<to>[A-Za-z]{3,9}))?\s+(?<opens>\d{1,2}:\d{2})\s*[-–]\s*(?<closes>\d{1,2}:\d{2})$")]
    private static partial Regex PeriodPattern();
}
