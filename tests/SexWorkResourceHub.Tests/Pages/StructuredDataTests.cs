using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Pages;

/// <summary>
/// The JSON-LD on every kind of page, read strictly from the page as served: valid JSON, schema.org
/// types, and never a key whose value is null (structured-data clients reject "url": null).
/// </summary>
public sealed class StructuredDataTests : IDisposable
{
    private readonly HubFactory _factory = new("Production")
    {
        ConfigureTestServices = services => services.AddSingleton<TimeProvider>(FixedTimeProvider.At("2026-11-22T12:00:00Z")),
    };

    public void Dispose() => _factory.Dispose();

    private static readonly JsonDocumentOptions Strict = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The page's bytes read as a client that ignores the HTTP header would: the charset from the page's
    /// own meta element, then strict UTF-8, then an HTML parser.
    /// </summary>
    private async Task<List<JsonElement>> JsonLdAsync(string path)
    {
        var bytes = await _factory.CreateClient().GetByteArrayAsync(path);
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        Assert.Contains("<meta charset=\"utf-8\">", head, StringComparison.OrdinalIgnoreCase);
        var document = await new HtmlParser().ParseDocumentAsync(StrictUtf8.GetString(bytes));
        return [.. document.QuerySelectorAll("script[type='application/ld+json']").Select(Parse)];
    }

    private static JsonElement Parse(IElement script) => JsonDocument.Parse(script.TextContent, Strict).RootElement.Clone();

    private static void AssertNoNulls(JsonElement element, string at = "$")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                Assert.Fail($"{at} is null");
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    AssertNoNulls(property.Value, $"{at}.{property.Name}");
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    AssertNoNulls(item, $"{at}[{i++}]");
                }

                break;
        }
    }

    [Theory]
    [InlineData("/", "Organization")]
    [InlineData("/articles/consent-basics", "Article")]
    [InlineData("/events", "ItemList")]
    [InlineData("/resources", "ItemList")]
    [InlineData("/events/series-chat-one", "Event")]
    [InlineData("/events/winter-vigil-2030", "Event")]
    [InlineData("/events/june-day", "Event")]
    [InlineData("/events/january-month", "Event")]
    [InlineData("/events/cancelled-meetup", "Event")]
    public async Task Every_page_kind_carries_valid_schema_org_json_ld_without_nulls(string path, string type)
    {
        var blocks = await JsonLdAsync(path);

        var block = Assert.Single(blocks, b => b.GetProperty("@type").GetString() == type);
        Assert.Equal("https://schema.org", block.GetProperty("@context").GetString());
        Assert.All(blocks, b => AssertNoNulls(b));
    }

    [Fact]
    public async Task An_online_events_virtual_location_is_where_one_joins_not_this_sites_page()
    {
        var ev = Assert.Single(await JsonLdAsync("/events/series-chat-one"));

        var location = ev.GetProperty("location");
        Assert.Equal("VirtualLocation", location.GetProperty("@type").GetString());
        Assert.Equal("https://chat.example.org", location.GetProperty("url").GetString());
        Assert.Equal("https://schema.org/OnlineEventAttendanceMode", ev.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("https://schema.org/EventScheduled", ev.GetProperty("eventStatus").GetString());
    }

    [Fact]
    public async Task A_mixed_event_has_a_place_as_well_as_a_virtual_location_and_its_end()
    {
        var ev = Assert.Single(await JsonLdAsync("/events/january-month"));

        var types = ev.GetProperty("location").EnumerateArray().Select(l => l.GetProperty("@type").GetString()).ToList();
        Assert.Equal(["Place", "VirtualLocation"], types);
        Assert.Equal("https://schema.org/MixedEventAttendanceMode", ev.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("2027-01-01", ev.GetProperty("startDate").GetString());
        Assert.Equal("2027-01-31", ev.GetProperty("endDate").GetString());
    }

    [Fact]
    public async Task An_in_person_event_has_its_place_end_and_status()
    {
        var ev = Assert.Single(await JsonLdAsync("/events/winter-vigil-2030"));

        Assert.Equal("Place", ev.GetProperty("location").GetProperty("@type").GetString());
        Assert.StartsWith("2030-01-15T19:30:00", ev.GetProperty("endDate").GetString());
        Assert.Equal("https://schema.org/EventCancelled", Assert.Single(await JsonLdAsync("/events/cancelled-meetup")).GetProperty("eventStatus").GetString());
    }

    [Fact]
    public async Task The_schedule_and_the_directory_list_what_they_show_in_an_item_list()
    {
        var events = Assert.Single(await JsonLdAsync("/events"));
        var resources = Assert.Single(await JsonLdAsync("/resources"));

        var eventItems = events.GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, eventItems.Count), eventItems.Select(i => i.GetProperty("position").GetInt32()));
        Assert.Contains(eventItems, i => i.GetProperty("url").GetString() == "https://hub.example/events/winter-vigil-2030");
        Assert.Equal(eventItems.Count, eventItems.Select(i => i.GetProperty("url").GetString()).Distinct().Count());
        var page = await _factory.CreateClient().GetDocumentAsync("/resources");
        Assert.Equal(page.QuerySelectorAll("article.resource").Length, resources.GetProperty("itemListElement").GetArrayLength());
    }

    [Fact]
    public async Task The_directory_lists_each_resource_as_an_organization_with_how_to_reach_it()
    {
        var directory = Assert.Single(await JsonLdAsync("/resources"));

        var items = directory.GetProperty("itemListElement").EnumerateArray().Select(i => i.GetProperty("item")).ToList();
        Assert.All(items, item => Assert.Equal("Organization", item.GetProperty("@type").GetString()));
        var hotline = Assert.Single(items, item => item.GetProperty("name").GetString() == "Test Hotline");
        Assert.Equal("https://hub.example/resources#resource-test-hotline", hotline.GetProperty("@id").GetString());
        Assert.Equal(
            ["phone 1-800-555-0100", "text message 12345", "TTY 711"],
            hotline.GetProperty("contactPoint").EnumerateArray().Select(c => $"{c.GetProperty("contactType")} {c.GetProperty("telephone")}"));
        Assert.All(hotline.GetProperty("contactPoint").EnumerateArray(), c =>
            Assert.Equal(["en", "es"], c.GetProperty("availableLanguage").EnumerateArray().Select(l => l.GetString())));
        var page = await _factory.CreateClient().GetDocumentAsync("/resources");
        Assert.NotNull(page.QuerySelector("article#resource-test-hotline"));
        var clinic = Assert.Single(items, item => item.GetProperty("name").GetString() == "City Legal Clinic");
        Assert.False(clinic.TryGetProperty("contactPoint", out _));
    }

    [Fact]
    public async Task A_contact_point_gives_the_weekly_hours_as_opening_hours_specifications()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SexWorkResourceHub.Web.Data.HubDbContext>();
            var hotline = await db.AllResources.SingleAsync(r => r.Slug == "test-hotline");
            hotline.Schedule = SexWorkResourceHub.Web.Resources.OpeningHoursText.Parse("Mon-Fri 09:00-17:00; Sat 10:00-14:00", "America/New_York", out _)!;
            await db.SaveChangesAsync();
        }

        var directory = Assert.Single(await JsonLdAsync("/resources?kind=hotline"));

        var point = directory.GetProperty("itemListElement")[0].GetProperty("item").GetProperty("contactPoint")[0];
        Assert.Equal(
            ["Monday Tuesday Wednesday Thursday Friday 09:00-17:00", "Saturday 10:00-14:00"],
            point.GetProperty("hoursAvailable").EnumerateArray().Select(h =>
                string.Join(' ', h.GetProperty("dayOfWeek").EnumerateArray().Select(d => d.GetString()!["https://schema.org/".Length..]))
                + $" {h.GetProperty("opens").GetString()}-{h.GetProperty("closes").GetString()}"));
    }
}
