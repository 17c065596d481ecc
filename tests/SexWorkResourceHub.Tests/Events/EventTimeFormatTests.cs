using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Events;

namespace SexWorkResourceHub.Tests.Events;

public sealed class EventTimeFormatTests
{
    private static EventOccurrence Occurrence(string zone, DateTime local, DateTime? localEnd = null)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var times = EventTimeRules.FromLocal(local, localEnd, allDay: false, tz, out _)!.Value;
        var ev = new Event { Slug = "e", Title = "E", TimeZone = zone, Start = times.Start, End = times.End };
        return new EventOccurrence(ev, ev.Start, ev.End);
    }

    [Fact]
    public void A_US_eastern_event_reads_in_eastern_then_pacific_time()
    {
        var text = EventTimeFormat.Describe(Occurrence("America/New_York", new DateTime(2019, 4, 25, 21, 0, 0)));

        Assert.Equal("Thursday, April 25, 2019, 9:00 PM EDT / 6:00 PM PDT", text);
    }

    [Fact]
    public void In_winter_the_abbreviations_are_standard_time()
    {
        var text = EventTimeFormat.Describe(Occurrence("America/New_York", new DateTime(2019, 1, 10, 21, 0, 0)));

        Assert.Equal("Thursday, January 10, 2019, 9:00 PM EST / 6:00 PM PST", text);
    }

    [Fact]
    public void A_central_event_shows_its_own_zone_first_then_eastern_and_pacific()
    {
        var text = EventTimeFormat.Describe(Occurrence("America/Chicago", new DateTime(2030, 1, 15, 18, 0, 0), new DateTime(2030, 1, 15, 19, 30, 0)));

        Assert.Equal("Tuesday, January 15, 2030, 6:00 PM to 7:30 PM CST / 7:00 PM to 8:30 PM EST / 4:00 PM to 5:30 PM PST", text);
    }

    [Fact]
    public void A_late_pacific_event_names_the_next_day_in_eastern_time()
    {
        var text = EventTimeFormat.Describe(Occurrence("America/Los_Angeles", new DateTime(2019, 4, 25, 22, 0, 0)));

        Assert.Equal("Thursday, April 25, 2019, 10:00 PM PDT / 1:00 AM EDT (Friday)", text);
    }

    [Fact]
    public void A_zone_outside_the_US_shows_only_its_own_time()
    {
        var text = EventTimeFormat.Describe(Occurrence("Europe/London", new DateTime(2030, 3, 1, 12, 0, 0)));

        Assert.Equal("Friday, March 1, 2030, 12:00 PM GMT", text);
    }

    [Fact]
    public void A_zone_without_a_known_abbreviation_shows_its_offset()
    {
        var text = EventTimeFormat.Describe(Occurrence("Asia/Kolkata", new DateTime(2030, 3, 1, 12, 0, 0)));

        Assert.EndsWith("12:00 PM UTC+05:30", text);
    }

    [Fact]
    public void The_machine_readable_time_is_UTC()
    {
        var occurrence = Occurrence("America/New_York", new DateTime(2019, 4, 25, 21, 0, 0));

        Assert.Equal("2019-04-26T01:00:00Z", EventTimeFormat.MachineReadable(occurrence));
    }

    [Theory]
    [InlineData("2019-06-02", null, "Every year on June 2")]
    [InlineData("2018-01-01", "2018-01-31", "Every January")]
    [InlineData("2018-03-01", "2018-03-05", "Every year from March 1 to March 5")]
    public void Yearly_observances_say_how_they_recur(string first, string? last, string expected)
    {
        var start = DateTime.SpecifyKind(DateTime.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
        DateTime? end = last is null ? null : DateTime.SpecifyKind(DateTime.Parse(last, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
        var ev = new Event { Slug = "o", Title = "O", TimeZone = "UTC", Start = start, End = end, AllDay = true, Yearly = true };

        Assert.Equal(expected, EventTimeFormat.Recurrence(new EventOccurrence(ev, start, end)));
    }
}
