using System.Globalization;
using System.Text;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Feeds;

/// <summary>
/// Events as an RFC 5545 calendar. Timed events are written in UTC (no VTIMEZONE needed); all-day
/// events as dates; yearly observances with RRULE:FREQ=YEARLY; a stable UID per event from its slug.
/// </summary>
public static class EventCalendar
{
    public static string Write(IEnumerable<Event> events, string calendarName, Func<Event, string> pageUrl, string uidDomain)
    {
        var ics = new StringBuilder();
        IcsText.AppendLine(ics, "BEGIN:VCALENDAR");
        IcsText.AppendLine(ics, "VERSION:2.0");
        IcsText.AppendLine(ics, "PRODID:-//SexWorkResourceHub//Event schedule//EN");
        IcsText.AppendLine(ics, "CALSCALE:GREGORIAN");
        IcsText.AppendLine(ics, "METHOD:PUBLISH");
        IcsText.AppendLine(ics, "X-WR-CALNAME:" + IcsText.Escape(calendarName));
        foreach (var ev in events)
        {
            WriteEvent(ics, ev, pageUrl(ev), uidDomain);
        }

        IcsText.AppendLine(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    private static void WriteEvent(StringBuilder ics, Event ev, string pageUrl, string uidDomain)
    {
        IcsText.AppendLine(ics, "BEGIN:VEVENT");
        IcsText.AppendLine(ics, $"UID:{ev.Slug}@{uidDomain}");
        IcsText.AppendLine(ics, "DTSTAMP:" + UtcStamp(ev.UpdatedAt));
        if (ev.AllDay)
        {
            // DTEND of a date is exclusive: the day after the last day.
            var lastDay = (ev.End ?? ev.Start).Date;
            IcsText.AppendLine(ics, "DTSTART;VALUE=DATE:" + ev.Start.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            IcsText.AppendLine(ics, "DTEND;VALUE=DATE:" + lastDay.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        }
        else
        {
            IcsText.AppendLine(ics, "DTSTART:" + UtcStamp(ev.Start));
            if (ev.End is { } end)
            {
                IcsText.AppendLine(ics, "DTEND:" + UtcStamp(end));
            }
        }

        if (ev.Yearly)
        {
            IcsText.AppendLine(ics, "RRULE:FREQ=YEARLY");
        }

        var summary = ev.Status == EventStatus.Postponed ? "Postponed: " + ev.Title : ev.Title;
        IcsText.AppendLine(ics, "SUMMARY:" + IcsText.Escape(summary));
        IcsText.AppendLine(ics, "DESCRIPTION:" + IcsText.Escape(Description(ev, pageUrl)));
        if (Location(ev) is { } location)
        {
            IcsText.AppendLine(ics, "LOCATION:" + IcsText.Escape(location));
        }

        IcsText.AppendLine(ics, "URL:" + pageUrl);
        IcsText.AppendLine(ics, "STATUS:" + ev.Status switch
        {
            EventStatus.Cancelled => "CANCELLED",
            EventStatus.Postponed => "TENTATIVE",
            _ => "CONFIRMED",
        });
        IcsText.AppendLine(ics, "END:VEVENT");
    }

    private static string Description(Event ev, string pageUrl)
    {
        var parts = new List<string>();
        if (ev.Description.Length > 0)
        {
            parts.Add(ev.Description.Trim());
        }

        if (ev.HowToJoin is { } how)
        {
            parts.Add("How to take part: " + how);
        }

        // ORGANIZER needs a calendar address; the schedule only has a name.
        if (ev.Organiser is { } organiser)
        {
            parts.Add("Organiser: " + organiser);
        }

        parts.Add("Details: " + pageUrl);
        return string.Join("\n\n", parts);
    }

    private static string? Location(Event ev) => ev.Participation switch
    {
        Participation.InPerson => ev.Place,
        Participation.OnlineChat => "Online chat",
        Participation.Stream => "Online stream",
        Participation.OnlineMeeting => "Online meeting",
        _ => ev.Place,
    };

    private static string UtcStamp(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
