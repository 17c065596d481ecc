using System.Text.RegularExpressions;
using Ical.Net;
using Ical.Net.DataTypes;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Feeds;

/// <summary>/events.ics and /events/{slug}.ics as a subscriber's calendar app sees them.</summary>
public sealed partial class CalendarFeedTests : IDisposable
{
    private readonly HubFactory _factory = new("Production");

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_subscription_holds_every_event_and_asks_to_be_fetched_again_every_twelve_hours()
    {
        var calendar = await ServedCalendar.GetAsync(_factory.CreateClient(), "/events.ics");

        Assert.Equal(7, calendar.Events.Count);
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Equal("SexWorkResourceHub events", calendar.Properties["X-WR-CALNAME"]?.Value);
        var refresh = calendar.Properties["REFRESH-INTERVAL"];
        Assert.NotNull(refresh);
        Assert.Equal(("PT12H", "DURATION"), (refresh.Value?.ToString(), refresh.Parameters.Get("VALUE")));
        Assert.Equal(TimeSpan.FromHours(12), Duration.Parse(refresh.Value!.ToString()!)!.Value.ToTimeSpanUnspecified());
        Assert.Equal("PT12H", calendar.Properties["X-PUBLISHED-TTL"]?.Value);
    }

    [Fact]
    public async Task A_timed_event_starts_and_ends_in_utc_with_its_place_page_and_status()
    {
        var vigil = (await ServedCalendar.GetAsync(_factory.CreateClient(), "/events.ics")).Event("winter-vigil-2030");

        Assert.Equal("Winter vigil", vigil.Summary);
        // 18:00 to 19:30 in Chicago, six hours behind UTC in January.
        Assert.True(vigil.DtStart!.IsUtc);
        Assert.Equal(new DateTime(2030, 1, 16, 0, 0, 0, DateTimeKind.Utc), vigil.DtStart.AsUtc);
        Assert.Equal(new DateTime(2030, 1, 16, 1, 30, 0, DateTimeKind.Utc), vigil.DtEnd!.AsUtc);
        Assert.Equal("City Hall steps, Chicago", vigil.Location);
        Assert.Equal("https://hub.example/events/winter-vigil-2030", vigil.Url!.AbsoluteUri);
        Assert.Equal("CONFIRMED", vigil.Status);
        Assert.Null(vigil.RecurrenceRule);
        Assert.True(vigil.DtStamp!.IsUtc);
    }

    [Fact]
    public async Task A_yearly_observance_is_all_day_with_an_exclusive_end_and_recurs_every_year()
    {
        var calendar = await ServedCalendar.GetAsync(_factory.CreateClient(), "/events.ics");
        var month = calendar.Event("january-month");

        Assert.True(month.IsAllDay);
        Assert.False(month.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2018, 1, 1), month.DtStart.Date);
        Assert.Equal(new DateOnly(2018, 2, 1), month.DtEnd!.Date);
        Assert.Equal(FrequencyType.Yearly, month.RecurrenceRule!.Frequency);
        Assert.Equal(new DateOnly(2019, 6, 3), calendar.Event("june-day").DtEnd!.Date);
        Assert.Equal(2, calendar.Events.Count(e => e.RecurrenceRule is not null));
    }

    [Fact]
    public async Task A_cancelled_event_is_cancelled_and_a_postponed_one_tentative_and_says_so()
    {
        var calendar = await ServedCalendar.GetAsync(_factory.CreateClient(), "/events.ics");

        Assert.Equal("CANCELLED", calendar.Event("cancelled-meetup").Status);
        var postponed = calendar.Event("postponed-stream");
        Assert.Equal(("TENTATIVE", "Postponed: Postponed stream", "Online stream"), (postponed.Status, postponed.Summary, postponed.Location));
    }

    [Fact]
    public async Task The_description_is_plain_text_with_how_to_take_part_the_organiser_and_the_page()
    {
        var chat = (await ServedCalendar.GetAsync(_factory.CreateClient(), "/events.ics")).Event("series-chat-one");

        Assert.Equal(
            "The first chat, with Markdown and <script>alert(1)</script> that must stay text.\n\n"
            + "How to take part: Post with the hashtag #TestChat.\n\n"
            + "Organiser: Test organiser\n\n"
            + "Details: https://hub.example/events/series-chat-one",
            chat.Description);
        Assert.Equal("Online chat", chat.Location);
    }

    [Fact]
    public async Task One_events_file_holds_that_event_alone_and_no_refresh_interval()
    {
        var response = await _factory.CreateClient().GetAsync("/events/series-chat-one.ics");
        Assert.Equal("series-chat-one.ics", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));

        var calendar = await ServedCalendar.GetAsync(_factory.CreateClient(), "/events/series-chat-one.ics");

        var chat = Assert.Single(calendar.Events);
        Assert.Equal("Series chat one", chat.Summary);
        Assert.Equal(new DateTime(2019, 4, 26, 1, 0, 0, DateTimeKind.Utc), chat.DtStart!.AsUtc);
        Assert.Null(chat.DtEnd);
        Assert.Null(calendar.Properties["REFRESH-INTERVAL"]);
    }

    [Fact]
    public async Task Uids_stay_the_same_when_the_site_moves_to_another_address()
    {
        using var moved = new HubFactory("Production", new Dictionary<string, string?> { ["Site:BaseUrl"] = "https://moved.example.net" });

        var before = await ServedCalendar.GetAsync(_factory.CreateClient(), "/events.ics");
        var after = await ServedCalendar.GetAsync(moved.CreateClient(), "/events.ics");

        Assert.Equal(before.Events.Select(e => e.Uid).Order(), after.Events.Select(e => e.Uid).Order());
        Assert.All(before.Events, e => Assert.EndsWith("@sexworkresourcehub", e.Uid));
        Assert.Equal("https://moved.example.net/events/june-day", after.Event("june-day").Url!.AbsoluteUri);
    }

    [Fact]
    public async Task An_operator_can_keep_the_uids_their_subscribers_already_have()
    {
        using var site = new HubFactory("Production", new Dictionary<string, string?> { ["Site:BaseUrl"] = "https://moved.example.net", ["Site:CalendarId"] = "hub.example" });

        var calendar = await ServedCalendar.GetAsync(site.CreateClient(), "/events.ics");

        Assert.Equal("series-chat-one@hub.example", calendar.Event("series-chat-one").Uid);
    }

    [Fact]
    public async Task A_title_with_characters_beyond_the_basic_plane_arrives_whole_wherever_a_line_folds()
    {
        var client = _factory.CreateClient();
        Assert.True((await client.GetAsync("/events.ics")).IsSuccessStatusCode);
        var titles = Enumerable.Range(60, 20).Select(n => new string('x', n) + string.Concat(Enumerable.Repeat("😀", 30))).ToList();
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var start = new DateTime(2030, 6, 1, 12, 0, 0, DateTimeKind.Utc);
            db.AllEvents.AddRange(titles.Select((title, i) => new Event { Slug = $"emoji-{i}", Title = title, TimeZone = "UTC", Start = start, UpdatedAt = start }));
            await db.SaveChangesAsync();
        }

        for (var i = 0; i < titles.Count; i++)
        {
            var calendar = await ServedCalendar.GetAsync(client, $"/events/emoji-{i}.ics");
            Assert.Equal(titles[i], Assert.Single(calendar.Events).Summary);
        }
    }

    [Fact]
    public async Task The_seed_s_descriptions_read_as_plain_text_with_absolute_links_and_whole_paragraphs()
    {
        using var bundled = new HubFactory("Production", new Dictionary<string, string?> { ["Content:Path"] = RepositoryContent.Folder });

        var calendar = await ServedCalendar.GetAsync(bundled.CreateClient(), "/events.ics");

        var chat = calendar.Event("macrosw-2019-willing-and-coerced-sex-work");
        Assert.StartsWith(
            "The first of three #MacroSW chats on sex work, held on April 25, 2019. Its questions:\n\n"
            + "1. What is the difference between voluntary sex work and human trafficking?\n"
            + "2. What positive and negative roles does technology play in sex work?\n"
            + "3. What can social workers do to support safe sex work and fight trafficking?\n\n"
            + "A note on the title: by this site's definitions, commercial sex that someone is coerced into is "
            + "not sex work but sex trafficking (https://hub.example/glossary#sex-trafficking). The chat's own framing",
            chat.Description);
        Assert.Contains(
            "\n\nThe chat's post on macrosw.com (https://macrosw.com/2019/04/22/macrosw-chat-4-25-2019-the-fine-line-between-willing-and-coerced-sex-work/) links its transcript.\n\n",
            chat.Description);
        Assert.Contains("FOSTA-SESTA (https://hub.example/articles/fosta-sesta-explained)", calendar.Event("macrosw-2019-impact-of-fosta-sesta").Description);
        Assert.True(calendar.Events.Count >= 7);
        foreach (var ev in calendar.Events)
        {
            Assert.DoesNotMatch(MarkdownMarks(), ev.Description!);
            // Every paragraph is one line, or a list of lines that each start with their marker.
            foreach (var paragraph in ev.Description!.Split("\n\n"))
            {
                var lines = paragraph.Split('\n');
                Assert.True(lines.Length == 1 || lines.All(l => ListLine().IsMatch(l)), $"{ev.Uid}: a paragraph broken over lines: {paragraph}");
            }
        }
    }

    [GeneratedRegex(@"\]\(|\[[^\]]*\]\[|\*\*|__|`|^#+ ", RegexOptions.Multiline)]
    private static partial Regex MarkdownMarks();

    [GeneratedRegex(@"^(\d+[.)]|-) ")]
    private static partial Regex ListLine();
}
