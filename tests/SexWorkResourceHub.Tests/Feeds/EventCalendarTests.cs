using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Feeds;

namespace SexWorkResourceHub.Tests.Feeds;

public sealed class EventCalendarTests
{
    private static readonly DateTime Updated = new(2026, 11, 21, 10, 0, 0, DateTimeKind.Utc);

    private static string Write(params Event[] events) =>
        EventCalendar.Write(events, "Hub events", e => "https://hub.example/events/" + e.Slug, "hub.example");

    private static List<string> Unfolded(string ics) =>
        [.. ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];

    [Fact]
    public void A_timed_event_is_written_in_UTC_with_a_stable_uid_and_dtstamp()
    {
        var ev = new Event
        {
            Slug = "chat",
            Title = "Chat, part 1; intro",
            TimeZone = "America/New_York",
            Start = new DateTime(2019, 4, 26, 1, 0, 0, DateTimeKind.Utc),
            UpdatedAt = Updated,
            Participation = Participation.OnlineChat,
            HowToJoin = "Use #MacroSW",
        };

        var lines = Unfolded(Write(ev));

        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains("UID:chat@hub.example", lines);
        Assert.Contains("DTSTAMP:20261121T100000Z", lines);
        Assert.Contains("DTSTART:20190426T010000Z", lines);
        Assert.Contains("SUMMARY:Chat\\, part 1\\; intro", lines);
        Assert.Contains("URL:https://hub.example/events/chat", lines);
        Assert.Contains("STATUS:CONFIRMED", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("RRULE", StringComparison.Ordinal));
        Assert.Equal(Write(ev), Write(ev));
    }

    [Fact]
    public void A_yearly_all_day_observance_uses_dates_an_exclusive_end_and_a_yearly_rule()
    {
        var ev = new Event
        {
            Slug = "month",
            Title = "Awareness month",
            TimeZone = "America/New_York",
            AllDay = true,
            Yearly = true,
            Start = new DateTime(2018, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            End = new DateTime(2018, 1, 31, 0, 0, 0, DateTimeKind.Utc),
            UpdatedAt = Updated,
        };

        var lines = Unfolded(Write(ev));

        Assert.Contains("DTSTART;VALUE=DATE:20180101", lines);
        Assert.Contains("DTEND;VALUE=DATE:20180201", lines);
        Assert.Contains("RRULE:FREQ=YEARLY", lines);
    }

    [Fact]
    public void A_cancelled_event_has_status_cancelled_and_a_postponed_one_is_tentative()
    {
        var cancelled = new Event { Slug = "c", Title = "C", TimeZone = "UTC", Start = Updated, UpdatedAt = Updated, Status = EventStatus.Cancelled };
        var postponed = new Event { Slug = "p", Title = "P", TimeZone = "UTC", Start = Updated, UpdatedAt = Updated, Status = EventStatus.Postponed };

        var lines = Unfolded(Write(cancelled, postponed));

        Assert.Contains("STATUS:CANCELLED", lines);
        Assert.Contains("STATUS:TENTATIVE", lines);
        Assert.Contains("SUMMARY:Postponed: P", lines);
        Assert.Equal(2, lines.Count(l => l == "BEGIN:VEVENT"));
    }

    [Fact]
    public void Every_line_ends_with_CRLF_and_fits_75_octets()
    {
        var ev = new Event
        {
            Slug = "long",
            Title = new string('é', 100),
            TimeZone = "UTC",
            Start = Updated,
            UpdatedAt = Updated,
            Description = "Line one\nLine two, with a comma; and a semicolon \\ and more " + string.Concat(Enumerable.Repeat("😀", 50)),
        };

        var ics = Write(ev);

        Assert.EndsWith("\r\n", ics);
        Assert.All(ics.Split("\r\n")[..^1], line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75));
        Assert.DoesNotContain("\n", ics.Replace("\r\n", string.Empty, StringComparison.Ordinal));
    }
}
