using System.Text;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Feeds;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Feeds;

/// <summary>
/// What EventCalendar writes, as content lines (the exact RFC 5545 forms) and read back by Ical.Net:
/// folding, CRLF and TEXT escaping come from the library, and these hold it to them.
/// </summary>
public sealed class EventCalendarTests
{
    private static readonly DateTime Updated = new(2026, 11, 21, 10, 0, 0, DateTimeKind.Utc);
    private static readonly SiteOptions Site = new() { BaseUrl = "https://hub.example", Name = "Hub" };
    private static readonly MarkdownRenderer Markdown = TestMarkdown.Renderer();
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static string Write(params Event[] events) => EventCalendar.Write(events, Site, Markdown, subscription: false);

    private static List<string> Unfolded(string ics) =>
        [.. ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];

    private static Event Titled(string title, string description = "") =>
        new() { Slug = "e", Title = title, TimeZone = "UTC", Start = Updated, UpdatedAt = Updated, Description = description };

    private static Ical.Net.Calendar Load(string ics) => Ical.Net.Calendar.Load(new MemoryStream(Encoding.UTF8.GetBytes(ics)))!;

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
        Assert.Contains("PRODID:-//SexWorkResourceHub//Event schedule//EN", lines);
        Assert.Contains("UID:chat@sexworkresourcehub", lines);
        Assert.Contains("DTSTAMP:20261121T100000Z", lines);
        Assert.Contains("DTSTART:20190426T010000Z", lines);
        Assert.Contains("SUMMARY:Chat\\, part 1\\; intro", lines);
        Assert.Contains("URL:https://hub.example/events/chat", lines);
        Assert.Contains("STATUS:CONFIRMED", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("RRULE", StringComparison.Ordinal) || l.StartsWith("DTEND", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("REFRESH-INTERVAL", StringComparison.Ordinal) || l.StartsWith("X-PUBLISHED-TTL", StringComparison.Ordinal));
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
            Start = new DateTime(2018, 1, 1, 0, 0, 0, DateTimeKind.Unspecified),
            End = new DateTime(2018, 1, 31, 0, 0, 0, DateTimeKind.Unspecified),
            UpdatedAt = Updated,
        };

        var lines = Unfolded(Write(ev));

        Assert.Contains("DTSTART;VALUE=DATE:20180101", lines);
        Assert.Contains("DTEND;VALUE=DATE:20180201", lines);
        Assert.Contains("RRULE:FREQ=YEARLY", lines);
    }

    [Fact]
    public void The_subscription_says_how_often_to_fetch_it_again()
    {
        var lines = Unfolded(EventCalendar.Write([Titled("T")], Site, Markdown, subscription: true));

        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT12H", lines);
        Assert.Contains("X-PUBLISHED-TTL:PT12H", lines);
    }

    [Fact]
    public void The_uid_does_not_follow_the_base_url_but_the_calendar_id()
    {
        var moved = new SiteOptions { BaseUrl = "https://elsewhere.example.org/hub", Name = "Hub" };
        var kept = new SiteOptions { BaseUrl = "https://elsewhere.example.org", Name = "Hub", CalendarId = "hub.example" };

        Assert.Equal(Load(Write(Titled("T"))).Events.Single().Uid, Load(EventCalendar.Write([Titled("T")], moved, Markdown, false)).Events.Single().Uid);
        Assert.Equal("e@hub.example", Load(EventCalendar.Write([Titled("T")], kept, Markdown, false)).Events.Single().Uid);
    }

    [Theory]
    [InlineData("[the glossary](/glossary#x)", "the glossary (https://hub.example/glossary#x)")]
    [InlineData("[another event](other-event)", "another event (https://hub.example/events/other-event)")]
    [InlineData("[this page](#when)", "this page (https://hub.example/events/e#when)")]
    [InlineData("[SWOP](https://swopusa.org)", "SWOP (https://swopusa.org)")]
    [InlineData("[call](tel:+18005550100)", "call (tel:+18005550100)")]
    public void Links_in_the_description_are_absolute(string markdown, string text) =>
        Assert.StartsWith(text + "\n\nDetails: https://hub.example/events/e", Load(Write(Titled("T", markdown))).Events.Single().Description);

    [Fact]
    public void A_site_under_a_path_keeps_the_path_in_site_links()
    {
        var site = new SiteOptions { BaseUrl = "https://example.org/hub/", Name = "Hub" };

        var description = Load(EventCalendar.Write([Titled("T", "[g](/glossary)")], site, Markdown, false)).Events.Single().Description;

        Assert.StartsWith("g (https://example.org/hub/glossary)\n\nDetails: https://example.org/hub/events/e", description);
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

    [Theory]
    [InlineData("a,b", "a\\,b")]
    [InlineData("a;b", "a\\;b")]
    [InlineData("a\\b", "a\\\\b")]
    [InlineData("9 p.m.; #MacroSW, \\ end", "9 p.m.\\; #MacroSW\\, \\\\ end")]
    public void Text_values_escape_comma_semicolon_and_backslash_and_read_back_as_written(string title, string escaped)
    {
        var ics = Write(Titled(title));

        Assert.Contains("SUMMARY:" + escaped, Unfolded(ics));
        Assert.Equal(title, Load(ics).Events.Single().Summary);
    }

    [Fact]
    public void Line_breaks_in_a_description_are_escaped_and_read_back()
    {
        var ics = Write(Titled("T", "One paragraph.\n\nAnother."));

        Assert.Contains("DESCRIPTION:One paragraph.\\n\\nAnother.\\n\\nDetails: https://hub.example/events/e", Unfolded(ics));
        Assert.Equal("One paragraph.\n\nAnother.\n\nDetails: https://hub.example/events/e", Load(ics).Events.Single().Description);
    }

    [Fact]
    public void A_line_of_exactly_75_octets_is_not_folded_and_one_of_76_folds_after_75()
    {
        var exact = "SUMMARY:" + new string('a', 75 - "SUMMARY:".Length);
        var over = "SUMMARY:" + new string('a', 76 - "SUMMARY:".Length);

        Assert.Contains("\r\n" + exact + "\r\n", Write(Titled(exact["SUMMARY:".Length..])));
        Assert.Contains("\r\n" + over[..75] + "\r\n a\r\n", Write(Titled(over["SUMMARY:".Length..])));
    }

    [Theory]
    [InlineData("é")]
    [InlineData("€")]
    [InlineData("😀")]
    [InlineData("ع")]
    public void Folding_never_splits_a_character_and_no_line_exceeds_75_octets(string character)
    {
        for (var prefix = 60; prefix < 80; prefix++)
        {
            var title = new string('x', prefix) + string.Concat(Enumerable.Repeat(character, 40));

            var ics = Write(Titled(title, "Line one\nLine two, with a comma; and more " + string.Concat(Enumerable.Repeat(character, 50))));

            // A strict encoder: a fold between the two halves of a surrogate pair leaves halves that UTF-8
            // cannot carry, which a lenient one (the web server's) would write as two U+FFFD.
            ServedCalendar.AssertContentLines(StrictUtf8.GetBytes(ics));
            Assert.Contains("SUMMARY:" + title, Unfolded(ics));
            Assert.Equal(title, Load(ics).Events.Single().Summary);
        }
    }
}
