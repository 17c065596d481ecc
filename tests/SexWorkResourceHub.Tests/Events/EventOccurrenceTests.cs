using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Events;

namespace SexWorkResourceHub.Tests.Events;

public sealed class EventOccurrenceTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static Event Timed(string localStart, string? localEnd = null, bool yearly = false)
    {
        var start = DateTime.Parse(localStart, System.Globalization.CultureInfo.InvariantCulture);
        DateTime? end = localEnd is null ? null : DateTime.Parse(localEnd, System.Globalization.CultureInfo.InvariantCulture);
        var times = EventTimeRules.FromLocal(start, end, allDay: false, NewYork, out _)!.Value;
        return new Event { Slug = "e", Title = "E", TimeZone = NewYork.Id, Start = times.Start, End = times.End, Yearly = yearly };
    }

    private static Event AllDay(string first, string? last = null, bool yearly = true, string zone = "America/New_York")
    {
        var start = DateTime.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
        DateTime? end = last is null ? null : DateTime.Parse(last, System.Globalization.CultureInfo.InvariantCulture);
        var times = EventTimeRules.FromLocal(start, end, allDay: true, NewYork, out _)!.Value;
        return new Event { Slug = "d", Title = "D", TimeZone = zone, Start = times.Start, End = times.End, AllDay = true, Yearly = yearly };
    }

    [Fact]
    public void Nine_pm_eastern_daylight_time_on_2019_04_25_is_01_00_UTC_the_next_day()
    {
        var ev = Timed("2019-04-25 21:00");

        Assert.Equal(new DateTime(2019, 4, 26, 1, 0, 0, DateTimeKind.Utc), ev.Start);
    }

    [Fact]
    public void Nine_pm_eastern_standard_time_in_winter_is_02_00_UTC()
    {
        var ev = Timed("2019-01-10 21:00");

        Assert.Equal(new DateTime(2019, 1, 11, 2, 0, 0, DateTimeKind.Utc), ev.Start);
    }

    [Theory]
    [InlineData("2019-04-26T00:59:00Z", false, false)]
    [InlineData("2019-04-26T01:00:00Z", true, false)]
    [InlineData("2019-04-26T01:59:00Z", true, false)]
    [InlineData("2019-04-26T02:00:00Z", false, true)]
    public void A_timed_event_without_an_end_is_upcoming_then_happening_for_an_hour_then_over(string now, bool happening, bool over)
    {
        var occurrence = EventOccurrence.Current(Timed("2019-04-25 21:00"), At(now));

        Assert.Equal(happening, occurrence.IsHappeningAt(At(now)));
        Assert.Equal(over, occurrence.IsOverAt(At(now)));
    }

    [Fact]
    public void A_timed_event_with_an_end_is_over_at_its_end()
    {
        var occurrence = EventOccurrence.Current(Timed("2019-04-25 21:00", "2019-04-25 23:30"), At("2019-04-26T03:00:00Z"));

        Assert.True(occurrence.IsHappeningAt(At("2019-04-26T03:00:00Z")));
        Assert.True(occurrence.IsOverAt(At("2019-04-26T03:30:00Z")));
    }

    [Fact]
    public void An_all_day_event_lasts_the_whole_day_in_its_own_zone()
    {
        var occurrence = EventOccurrence.Current(AllDay("2026-12-17", yearly: false), At("2026-12-18T04:00:00Z"));

        // 04:00 UTC on the 18th is still the 17th in New York.
        Assert.True(occurrence.IsHappeningAt(At("2026-12-18T04:00:00Z")));
        Assert.True(occurrence.IsOverAt(At("2026-12-18T05:00:00Z")));
    }

    [Fact]
    public void A_yearly_observance_shows_this_years_date_before_it()
    {
        var occurrence = EventOccurrence.Current(AllDay("2003-12-17"), At("2026-11-22T12:00:00Z"));

        Assert.Equal(new DateTime(2026, 12, 17), occurrence.Start.Date);
    }

    [Fact]
    public void A_yearly_observance_is_happening_on_its_day()
    {
        var now = At("2026-12-17T15:00:00Z");
        var occurrence = EventOccurrence.Current(AllDay("2003-12-17"), now);

        Assert.Equal(new DateTime(2026, 12, 17), occurrence.Start.Date);
        Assert.True(occurrence.IsHappeningAt(now));
    }

    [Fact]
    public void A_yearly_observance_rolls_over_to_next_year_once_its_day_has_passed()
    {
        var occurrence = EventOccurrence.Current(AllDay("2003-12-17"), At("2026-12-19T00:00:00Z"));

        Assert.Equal(new DateTime(2027, 12, 17), occurrence.Start.Date);
    }

    [Fact]
    public void A_month_long_observance_is_current_during_the_month_and_next_year_after_it()
    {
        var month = AllDay("2018-01-01", "2018-01-31");

        var during = EventOccurrence.Current(month, At("2027-01-20T12:00:00Z"));
        var after = EventOccurrence.Current(month, At("2027-02-02T12:00:00Z"));

        Assert.Equal((new DateTime(2027, 1, 1), new DateTime(2027, 1, 31)), (during.Start.Date, during.End!.Value.Date));
        Assert.True(during.IsHappeningAt(At("2027-01-20T12:00:00Z")));
        Assert.Equal(new DateTime(2028, 1, 1), after.Start.Date);
    }

    [Fact]
    public void A_yearly_timed_event_keeps_its_local_time_across_daylight_saving()
    {
        // Started on a winter date at 6 p.m. EST (23:00 UTC); in summer 6 p.m. is EDT (22:00 UTC).
        var ev = Timed("2019-01-15 18:00", yearly: true);
        ev.Start = TimeZoneInfo.ConvertTimeToUtc(new DateTime(2019, 7, 4, 18, 0, 0), NewYork);

        var occurrence = EventOccurrence.Current(ev, At("2026-06-01T00:00:00Z"));

        Assert.Equal(new DateTime(2026, 7, 4, 22, 0, 0, DateTimeKind.Utc), occurrence.Start);
    }

    [Fact]
    public void A_yearly_29_february_occurs_only_in_leap_years()
    {
        var occurrence = EventOccurrence.Current(AllDay("2024-02-29"), At("2025-03-01T00:00:00Z"));

        Assert.Equal(new DateTime(2028, 2, 29), occurrence.Start.Date);
    }

    [Fact]
    public void Upcoming_lists_soonest_first_and_past_lists_by_year()
    {
        var now = At("2026-11-22T12:00:00Z");
        var events = new[]
        {
            Timed("2019-05-16 21:00"),
            AllDay("2003-12-17"),
            Timed("2030-01-15 18:00"),
            Timed("2019-04-25 21:00"),
            AllDay("2019-06-02"),
            Timed("2018-06-01 10:00"),
        };

        var upcoming = EventSchedule.Upcoming(events, now).Select(o => o.Start.Date).ToList();
        var past = EventSchedule.PastByYear(events, now);

        Assert.Equal([new DateTime(2026, 12, 17), new DateTime(2027, 6, 2), new DateTime(2030, 1, 15)], upcoming);
        Assert.Equal([2019, 2018], past.Select(y => y.Year));
        Assert.Equal([new DateTime(2019, 4, 26), new DateTime(2019, 5, 17)], past[0].Groups.SelectMany(g => g.Occurrences).Select(o => o.Start.Date));
    }

    [Fact]
    public void A_series_is_grouped_where_its_first_event_falls()
    {
        Event InSeries(string start, string? series)
        {
            var ev = Timed(start);
            ev.Series = series;
            return ev;
        }

        var occurrences = new[] { InSeries("2030-01-01 10:00", "A"), InSeries("2030-01-02 10:00", null), InSeries("2030-01-03 10:00", "A") }
            .Select(e => new EventOccurrence(e, e.Start, e.End));

        var groups = EventSchedule.BySeries(occurrences);

        Assert.Equal(["A", null], groups.Select(g => g.Series));
        Assert.Equal(2, groups[0].Occurrences.Count);
    }
}
