using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Events;

/// <summary>Events of one series listed together (a one-off event is a group of one).</summary>
public sealed record EventGroup(string? Series, IReadOnlyList<EventOccurrence> Occurrences);

/// <summary>Past events of one year, newest year first.</summary>
public sealed record EventYear(int Year, IReadOnlyList<EventGroup> Groups);

/// <summary>Sorts events into what is coming (soonest first, observances at their next date) and what is past.</summary>
public static class EventSchedule
{
    /// <summary>Events not yet over, and every yearly observance at its current or next date, soonest first.</summary>
    public static IReadOnlyList<EventOccurrence> Upcoming(IEnumerable<Event> events, DateTimeOffset now) =>
        [.. events
            .Select(e => EventOccurrence.Current(e, now))
            .Where(o => !o.IsOverAt(now))
            .OrderBy(o => o.Start)
            .ThenBy(o => o.Event.Title, StringComparer.OrdinalIgnoreCase)];

    /// <summary>One-off events that are over, by year (newest first), in date order within a year.</summary>
    public static IReadOnlyList<EventYear> PastByYear(IEnumerable<Event> events, DateTimeOffset now) =>
        [.. events
            .Where(e => !e.Yearly)
            .Select(e => new EventOccurrence(e, e.Start, e.End))
            .Where(o => o.IsOverAt(now))
            .OrderBy(o => o.Start)
            .GroupBy(o => o.Year)
            .OrderByDescending(year => year.Key)
            .Select(year => new EventYear(year.Key, BySeries(year)))];

    /// <summary>Groups occurrences by series, each group where its first event falls, order kept inside.</summary>
    public static IReadOnlyList<EventGroup> BySeries(IEnumerable<EventOccurrence> occurrences)
    {
        var groups = new List<(string? Series, List<EventOccurrence> Items)>();
        foreach (var occurrence in occurrences)
        {
            var series = occurrence.Event.Series;
            var existing = series is null ? -1 : groups.FindIndex(g => g.Series == series);
            if (existing >= 0)
            {
                groups[existing].Items.Add(occurrence);
            }
            else
            {
                groups.Add((series, [occurrence]));
            }
        }

        return [.. groups.Select(g => new EventGroup(g.Series, g.Items))];
    }

    public static string ParticipationLabel(Participation participation) => participation switch
    {
        Participation.OnlineChat => Localization.Ui.T("Online chat"),
        Participation.Stream => Localization.Ui.T("Online stream"),
        Participation.InPerson => Localization.Ui.T("In person"),
        Participation.OnlineMeeting => Localization.Ui.T("Online meeting"),
        _ => Localization.Ui.T("Online and in person, in many places"),
    };
}

/// <summary>What the event list partial shows: groups, the moment "now", and the heading level of each event.</summary>
public sealed record EventListView(IReadOnlyList<EventGroup> Groups, DateTimeOffset Now, int HeadingLevel);

/// <summary>One event in a list.</summary>
public sealed record EventItemView(EventOccurrence Occurrence, DateTimeOffset Now, int HeadingLevel);
