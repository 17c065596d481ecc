using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Data.Seeding;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Data;

public sealed class SeedTests : IDisposable
{
    private static readonly string BundledData = Path.Combine(
        RepositoryContent.Folder, "data");

    private readonly TempDatabase _database = new();

    public SeedTests()
    {
        using var db = _database.CreateContext();
        db.Database.Migrate();
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Importing_the_bundled_seed_twice_adds_nothing_the_second_time()
    {
        await using var db = _database.CreateContext();
        var first = await new SeedImporter(db, TimeProvider.System).ImportAsync(BundledData);
        var second = await new SeedImporter(db, TimeProvider.System).ImportAsync(BundledData);

        Assert.Empty(first.Problems);
        Assert.True(first.ResourcesAdded >= 15);
        Assert.True(first.EventsAdded >= 7);
        Assert.Equal(0, second.ResourcesAdded);
        Assert.Equal(0, second.EventsAdded);
        Assert.Equal(first.ResourcesAdded, await db.Resources.CountAsync());
        Assert.Equal(first.EventsAdded, await db.Events.CountAsync());
    }

    [Fact]
    public async Task A_soft_deleted_record_is_not_brought_back_by_a_later_import()
    {
        await using var db = _database.CreateContext();
        await new SeedImporter(db, TimeProvider.System).ImportAsync(BundledData);
        var polaris = await db.Resources.SingleAsync(r => r.Slug == "polaris");
        polaris.DeletedAt = DateTime.UtcNow;
        await db.SaveChangesAsync();

        var again = await new SeedImporter(db, TimeProvider.System).ImportAsync(BundledData);

        Assert.Equal(0, again.ResourcesAdded);
        Assert.False(await db.Resources.AnyAsync(r => r.Slug == "polaris"));
    }

    [Fact]
    public async Task Every_seeded_resource_can_be_reached_by_an_http_url_or_a_phone_number()
    {
        await using var db = _database.CreateContext();
        await new SeedImporter(db, TimeProvider.System).ImportAsync(BundledData);

        var resources = await db.Resources.ToListAsync();
        Assert.All(resources, r => Assert.True(
            r.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" || r.Phone is not null,
            $"{r.Slug} has neither an http(s) URL nor a phone number"));
    }

    [Fact]
    public async Task Seed_holds_the_briefs_numbers_exactly()
    {
        await using var db = _database.CreateContext();
        await new SeedImporter(db, TimeProvider.System).ImportAsync(BundledData);

        var hotline = await db.Resources.SingleAsync(r => r.Slug == "national-human-trafficking-hotline");
        Assert.Equal("1-888-373-7888", hotline.Phone);
        Assert.Equal("233733", hotline.TextNumber);
        Assert.Equal("711", hotline.Tty);
        Assert.Equal(ResourceKind.Hotline, hotline.Kind);
        Assert.NotNull(hotline.LastVerified);
        Assert.Equal("(877) 776-2004", (await db.Resources.SingleAsync(r => r.Slug == "swop-community-support-line")).Phone);
    }

    [Fact]
    public async Task The_three_2019_MacroSW_chats_are_at_9pm_Eastern()
    {
        await using var db = _database.CreateContext();
        await new SeedImporter(db, TimeProvider.System).ImportAsync(BundledData);

        var chats = await db.Events.Where(e => e.Series == "#MacroSW chats on sex work, 2019").OrderBy(e => e.Start).ToListAsync();

        // 9 p.m. EDT is 01:00 UTC the next day.
        Assert.Equal(
            [new DateTime(2019, 4, 26, 1, 0, 0, DateTimeKind.Utc), new DateTime(2019, 5, 17, 1, 0, 0, DateTimeKind.Utc), new DateTime(2019, 6, 14, 1, 0, 0, DateTimeKind.Utc)],
            chats.Select(c => c.Start));
        Assert.All(chats, c =>
        {
            Assert.Equal(DateTimeKind.Utc, c.Start.Kind);
            Assert.Equal("America/New_York", c.TimeZone);
            Assert.Equal(Participation.OnlineChat, c.Participation);
        });
    }

    [Fact]
    public async Task The_yearly_observances_are_all_day_on_their_dates()
    {
        await using var db = _database.CreateContext();
        await new SeedImporter(db, TimeProvider.System).ImportAsync(BundledData);

        var yearly = await db.Events.Where(e => e.Yearly).ToDictionaryAsync(e => e.Slug);

        Assert.All(yearly.Values, e => Assert.True(e.AllDay));
        Assert.Equal((6, 2), (yearly["international-sex-workers-day"].Start.Month, yearly["international-sex-workers-day"].Start.Day));
        Assert.Equal((12, 17), (yearly["international-day-to-end-violence-against-sex-workers"].Start.Month, yearly["international-day-to-end-violence-against-sex-workers"].Start.Day));
        Assert.Equal((1, 11), (yearly["national-human-trafficking-awareness-day"].Start.Month, yearly["national-human-trafficking-awareness-day"].Start.Day));
        var month = yearly["national-human-trafficking-prevention-month"];
        Assert.Equal((1, 1, 1, 31), (month.Start.Month, month.Start.Day, month.End!.Value.Month, month.End.Value.Day));
    }

    [Fact]
    public void A_broken_seed_entry_is_reported_at_its_line_and_the_others_still_load()
    {
        using var folder = new TempContent();
        var path = folder.Write("resources.yaml", """
            resources:
              - slug: good-one
                name: Good
                kind: hotline
                description: Fine.
                areas: [{ country: US }]
                phone: "711"
              - slug: Bad Slug
                name: Bad
                kind: spaceship
                description: Broken.
                region: city
                url: javascript:alert(1)
              - slug: unreachable
                name: Unreachable
                kind: research
                description: No way to reach it.
                areas: [{ country: US }]
            """);
        var problems = new List<ContentProblem>();

        var resources = SeedReader.ReadResources(path, new DateOnly(2026, 12, 1), problems);

        Assert.Equal(["good-one"], resources.Select(r => r.Slug));
        Assert.Contains(problems, p => p.Line == 8 && p.Message.Contains("not a slug", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 10 && p.Message.Contains("'kind' must be one of", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 13 && p.Message.Contains("http or https", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("'areas' is required ('region' and 'place' were replaced by 'areas')", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 14 && p.Message.Contains("needs a way to reach it", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("start: 2019-03-10 02:30\n    time_zone: America/New_York", "does not exist")]
    [InlineData("start: 2019-04-25 21:00\n    end: 2019-04-25 20:00\n    time_zone: America/New_York", "end must be after the start")]
    [InlineData("start: 2019-04-25 21:00\n    time_zone: Mars/Olympus_Mons", "not an IANA time zone")]
    [InlineData("start: 25/04/2019 9pm\n    time_zone: America/New_York", "YYYY-MM-DD HH:MM")]
    public void Bad_event_times_are_reported(string times, string message)
    {
        using var folder = new TempContent();
        var path = folder.Write("events.yaml", $"""
            events:
              - slug: a-chat
                title: A chat
                participation: online-chat
                {times}
            """);
        var problems = new List<ContentProblem>();

        var events = SeedReader.ReadEvents(path, problems);

        Assert.Empty(events);
        Assert.Contains(problems, p => p.Message.Contains(message, StringComparison.Ordinal));
    }
}
