using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Pages;

public sealed class EventsPageTests : IDisposable
{
    private readonly FixedTimeProvider _clock = FixedTimeProvider.At("2026-11-22T12:00:00Z");
    private readonly HubFactory _factory;

    public EventsPageTests()
    {
        _factory = new HubFactory("Production") { ConfigureTestServices = services => services.AddSingleton<TimeProvider>(_clock) };
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Beside_the_subscription_a_reader_is_told_it_stays_in_the_calendar_app()
    {
        var document = await _factory.CreateClient().GetDocumentAsync("/events");

        var hint = document.QuerySelector("main p.hint")!;
        Assert.Contains("stays in the calendar app, where others can see it", hint.TextContent);
        Assert.Equal("/safe-browsing", hint.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Upcoming_events_come_soonest_first_with_observances_at_their_next_date()
    {
        var document = await _factory.CreateClient().GetDocumentAsync("/events");
        var upcoming = document.QuerySelector("section[aria-labelledby='upcoming-heading']")!;

        Assert.Equal(
            ["/events/january-month", "/events/june-day", "/events/winter-vigil-2030", "/events/postponed-stream", "/events/cancelled-meetup"],
            upcoming.QuerySelectorAll(".event-card h3 a").Select(a => a.GetAttribute("href")));
        Assert.Equal("2027-01-01", upcoming.QuerySelector(".event-card time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Past_events_are_listed_by_year_with_a_series_grouped()
    {
        var document = await _factory.CreateClient().GetDocumentAsync("/events");
        var past = document.QuerySelector("section[aria-labelledby='past-heading']")!;

        Assert.Equal(["2019"], past.QuerySelectorAll("h3.year-heading").Select(h => h.TextContent));
        var series = past.QuerySelector(".event-series")!;
        Assert.Contains("Test chat series", series.QuerySelector(".series-name")!.TextContent);
        Assert.Equal(["Series chat one", "Series chat two"], series.QuerySelectorAll("h4").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public async Task Cancelled_and_postponed_events_are_marked()
    {
        var document = await _factory.CreateClient().GetDocumentAsync("/events");

        var cancelled = document.QuerySelectorAll(".event-card").Single(c => c.TextContent.Contains("Cancelled meetup", StringComparison.Ordinal));
        var postponed = document.QuerySelectorAll(".event-card").Single(c => c.TextContent.Contains("Postponed stream", StringComparison.Ordinal));
        Assert.Contains("Cancelled", cancelled.QuerySelector(".badge-warning")!.TextContent);
        Assert.Contains("Postponed", postponed.QuerySelector(".badge-warning")!.TextContent);
    }

    [Fact]
    public async Task After_an_event_ends_it_moves_from_upcoming_to_past()
    {
        var client = _factory.CreateClient();
        _clock.Now = DateTimeOffset.Parse("2030-01-16T02:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

        var document = await client.GetDocumentAsync("/events");

        var upcoming = document.QuerySelector("section[aria-labelledby='upcoming-heading']")!.TextContent;
        var past = document.QuerySelector("section[aria-labelledby='past-heading']")!;
        Assert.DoesNotContain("Winter vigil", upcoming);
        Assert.Equal(["2030", "2019"], past.QuerySelectorAll("h3.year-heading").Select(h => h.TextContent));
    }

    [Fact]
    public async Task During_an_event_it_is_marked_as_happening_now()
    {
        var client = _factory.CreateClient();
        _clock.Now = DateTimeOffset.Parse("2030-01-16T00:30:00Z", System.Globalization.CultureInfo.InvariantCulture);

        var document = await client.GetDocumentAsync("/events");

        var vigil = document.QuerySelectorAll(".event-card").Single(c => c.TextContent.Contains("Winter vigil", StringComparison.Ordinal));
        Assert.NotNull(vigil.QuerySelector(".badge-now"));
    }

    [Fact]
    public async Task The_home_page_shows_the_next_three_events()
    {
        var document = await _factory.CreateClient().GetDocumentAsync("/");

        var section = document.QuerySelector("section[aria-labelledby='events-heading']")!;
        Assert.Equal(
            ["January month of awareness", "June day of observance", "Winter vigil"],
            section.QuerySelectorAll(".event-card h3").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public async Task Event_page_shows_time_in_its_zone_with_eastern_and_pacific_and_a_utc_time_element()
    {
        var response = await _factory.CreateClient().GetAsync("/events/series-chat-one");
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Series chat one", document.QuerySelector("h1")!.TextContent);
        var time = document.QuerySelector(".event-facts time")!;
        Assert.Equal("Thursday, April 25, 2019, 9:00 PM EDT / 6:00 PM PDT", time.TextContent);
        Assert.Equal("2019-04-26T01:00:00Z", time.GetAttribute("datetime"));
        Assert.Equal("true", time.GetAttribute("data-local-time"));
        var facts = document.QuerySelector(".event-facts")!.TextContent;
        Assert.Contains("Online chat", facts);
        Assert.Contains("Post with the hashtag #TestChat.", facts);
        Assert.Contains("Test organiser", facts);
        Assert.Contains("This event was held on this date", facts);
        Assert.Null(document.QuerySelector("a.button"));
        Assert.Equal("/events/series-chat-one.ics", document.QuerySelector(".event-page a[href$='.ics']")!.GetAttribute("href"));
        Assert.Contains("This event is over", document.QuerySelector(".event-page a[href$='.ics']")!.ParentElement!.TextContent);
        Assert.Equal(2, document.QuerySelectorAll("section[aria-labelledby='series-heading'] li").Length);
    }

    [Theory]
    [InlineData("winter-vigil-2030", true)]
    [InlineData("june-day", true)]
    [InlineData("cancelled-meetup", false)]
    public async Task Only_events_still_to_come_offer_add_to_calendar_as_their_main_action(string slug, bool offered)
    {
        var document = await _factory.CreateClient().GetDocumentAsync("/events/" + slug);

        Assert.Equal(offered, document.QuerySelector("a.button[href$='.ics']") is not null);
        Assert.Equal(offered, document.QuerySelector("link[rel=alternate][type='text/calendar']") is not null);
    }

    [Fact]
    public async Task The_schedule_offers_a_webcal_subscription_beside_the_https_file_and_says_so_in_its_head()
    {
        var document = await _factory.CreateClient().GetDocumentAsync("/events");

        Assert.NotNull(document.QuerySelector("main a[href='webcal://hub.example/events.ics']"));
        Assert.NotNull(document.QuerySelector("main a[href='/events.ics']"));
        Assert.Equal("/events.ics", document.QuerySelector("link[rel=alternate][type='text/calendar']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Event_description_is_markdown_rendered_safely()
    {
        var document = await _factory.CreateClient().GetDocumentAsync("/events/series-chat-one");

        var prose = document.QuerySelector(".prose")!;
        Assert.NotNull(prose.QuerySelector("em"));
        Assert.Null(prose.QuerySelector("script"));
        Assert.Contains("<script>alert(1)</script>", prose.TextContent);
    }

    [Fact]
    public async Task In_person_event_shows_its_place_and_a_yearly_observance_its_next_date()
    {
        var client = _factory.CreateClient();

        var vigil = (await client.GetDocumentAsync("/events/winter-vigil-2030")).QuerySelector(".event-facts")!.TextContent;
        var june = (await client.GetDocumentAsync("/events/june-day")).QuerySelector(".event-facts")!.TextContent;

        Assert.Contains("In person: City Hall steps, Chicago", vigil);
        Assert.Contains("6:00 PM to 7:30 PM CST / 7:00 PM to 8:30 PM EST / 4:00 PM to 5:30 PM PST", vigil);
        Assert.Contains("Wednesday, June 2, 2027", june);
        Assert.Contains("Every year on June 2", june);
    }

    [Theory]
    [InlineData("/events/no-such-event", HttpStatusCode.NotFound)]
    [InlineData("/events/Not_A_Slug", HttpStatusCode.NotFound)]
    [InlineData("/events/..%2F..%2Fetc%2Fpasswd", HttpStatusCode.NotFound)]
    [InlineData("/events/no-such-event.ics", HttpStatusCode.NotFound)]
    public async Task Unknown_or_malformed_event_addresses_get_404(string url, HttpStatusCode status)
    {
        var response = await _factory.CreateClient().GetAsync(url);

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task One_event_downloads_as_a_calendar_file()
    {
        var response = await _factory.CreateClient().GetAsync("/events/series-chat-one.ics");

        // What the file holds is read back with a real parser in Feeds/CalendarFeedTests.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
    }

    [Fact]
    public async Task Get_help_lists_the_hotlines_from_the_store()
    {
        var document = await _factory.CreateClient().GetDocumentAsync("/get-help");

        Assert.Contains("call 911", document.QuerySelector(".emergency")!.TextContent);
        var lines = document.QuerySelector("section[aria-labelledby='help-lines']")!;
        Assert.Equal(["Test Hotline"], lines.QuerySelectorAll(".resource h3").Select(h => h.TextContent.Trim()));
        Assert.NotNull(lines.QuerySelector("a[href='tel:+18005550100']"));
        Assert.Contains("City Legal Clinic", document.QuerySelector("section[aria-labelledby='support-services']")!.TextContent);
        Assert.Contains("Call the fixture line.", document.QuerySelector(".prose")!.TextContent);
    }

    [Fact]
    public async Task Every_page_links_to_get_help()
    {
        var client = _factory.CreateClient();
        foreach (var url in new[] { "/", "/events", "/resources", "/articles", "/about", "/events/june-day" })
        {
            var document = await client.GetDocumentAsync(url);
            Assert.NotNull(document.QuerySelector("header a[href='/get-help']"));
        }
    }
}
