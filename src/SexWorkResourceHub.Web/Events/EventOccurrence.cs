using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Events;

/// <summary>
/// One dated instance of an event: the event itself, or one year's date of a yearly observance.
/// Start and End are UTC for timed events, and floating dates (midnight, no zone) for all-day ones.
/// </summary>
public sealed record EventOccurrence(Event Event, DateTime Start, DateTime? End)
{
    /// <summary>A timed event with no end is taken to last this long when deciding whether it is over.</summary>
    public static readonly TimeSpan AssumedLength = TimeSpan.FromHours(1);

    public TimeZoneInfo Zone => EventZones.Find(Event.TimeZone);

    /// <summary>True once the event has finished: for all-day events, once the last day has passed in the organiser's zone.</summary>
    public bool IsOverAt(DateTimeOffset now)
    {
        if (Event.AllDay)
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime);
            return today > DateOnly.FromDateTime(End ?? Start);
        }

        return now.UtcDateTime >= (End ?? Start + AssumedLength);
    }

    public bool HasStartedAt(DateTimeOffset now)
    {
        if (Event.AllDay)
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime);
            return today >= DateOnly.FromDateTime(Start);
        }

        return now.UtcDateTime >= Start;
    }

    public bool IsHappeningAt(DateTimeOffset now) => HasStartedAt(now) && !IsOverAt(now);

    /// <summary>The year it belongs to, in the organiser's zone.</summary>
    public int Year => Event.AllDay ? Start.Year : TimeZoneInfo.ConvertTimeFromUtc(Start, Zone).Year;

    /// <summary>The occurrence that matters now: the event itself, or the current or next year's date of a yearly one.</summary>
    public static EventOccurrence Current(Event ev, DateTimeOffset now)
    {
        var first = new EventOccurrence(ev, ev.Start, ev.End);
        if (!ev.Yearly)
        {
            return first;
        }

        var zone = EventZones.Find(ev.TimeZone);
        var firstYear = ev.AllDay ? ev.Start.Year : TimeZoneInfo.ConvertTimeFromUtc(ev.Start, zone).Year;
        var thisYear = TimeZoneInfo.ConvertTime(now, zone).Year;
        for (var year = Math.Max(firstYear, thisYear - 1); year <= thisYear + 8; year++)
        {
            if (InYear(ev, zone, year) is { } occurrence && !occurrence.IsOverAt(now))
            {
                return occurrence;
            }
        }

        return first;
    }

    /// <summary>The yearly event's date in <paramref name="year"/>; null when that date does not exist (29 February).</summary>
    private static EventOccurrence? InYear(Event ev, TimeZoneInfo zone, int year)
    {
        if (ev.AllDay)
        {
            if (!TryMove(ev.Start, year, out var start))
            {
                return null;
            }

            return new EventOccurrence(ev, start, ev.End is { } end ? start + (end - ev.Start) : null);
        }

        var localStart = TimeZoneInfo.ConvertTimeFromUtc(ev.Start, zone);
        if (!TryMove(localStart, year, out var movedLocal) || zone.IsInvalidTime(movedLocal))
        {
            return null;
        }

        var startUtc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(movedLocal, DateTimeKind.Unspecified), zone);
        return new EventOccurrence(ev, startUtc, ev.End is { } endUtc ? startUtc + (endUtc - ev.Start) : null);
    }

    private static bool TryMove(DateTime value, int year, out DateTime moved)
    {
        moved = default;
        if (value.Month == 2 && value.Day == 29 && !DateTime.IsLeapYear(year))
        {
            return false;
        }

        moved = new DateTime(year, value.Month, value.Day, value.Hour, value.Minute, value.Second, value.Kind);
        return true;
    }
}
