using System.Globalization;
using System.Text.Json;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Pages.Events;

namespace SexWorkResourceHub.Web.Pages.Shared;

/// <summary>
/// Schema.org JSON-LD for search engines and link previews. The default encoder escapes &lt; and &amp;,
/// so text from content can never close the script element it sits in.
/// </summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Organization(SiteOptions site) => Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Organization",
        ["name"] = site.Name,
        ["url"] = site.Absolute("/"),
        ["logo"] = site.Absolute("/img/og-default.png"),
        ["description"] = PageMetadata.Default.Description,
    });

    public static string Article(Article article, SiteOptions site) => Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Article",
        ["headline"] = article.Title,
        ["description"] = article.Summary,
        ["datePublished"] = Date(article.Published),
        ["dateModified"] = Date(article.Updated),
        ["inLanguage"] = "en",
        ["url"] = site.Absolute(article.UrlPath),
        ["mainEntityOfPage"] = site.Absolute(article.UrlPath),
        ["image"] = site.Absolute(PageMetadata.DefaultImage),
        ["keywords"] = string.Join(", ", article.Tags),
        ["wordCount"] = article.Body.WordCount,
        ["author"] = Publisher(site),
        ["publisher"] = Publisher(site),
        ["citation"] = article.Sources.Select(s => s.Url).ToArray(),
    });

    public static string Event(Event ev, EventOccurrence occurrence, SiteOptions site)
    {
        var zone = occurrence.Zone;
        string When(DateTime value) => ev.AllDay
            ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : new DateTimeOffset(TimeZoneInfo.ConvertTimeFromUtc(value, zone), zone.GetUtcOffset(value)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

        var online = new Dictionary<string, object?> { ["@type"] = "VirtualLocation", ["url"] = ev.Url ?? site.Absolute("/events/" + ev.Slug) };
        var place = ev.Place is null ? null : new Dictionary<string, object?> { ["@type"] = "Place", ["name"] = ev.Place, ["address"] = ev.Place };
        object location = ev.Participation switch
        {
            Participation.InPerson => place ?? online,
            Participation.Various => place is null ? online : new object[] { online, place },
            _ => online,
        };

        return Serialize(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = ev.Title,
            ["description"] = ev.HowToJoin ?? ev.Title,
            ["startDate"] = When(occurrence.Start),
            ["endDate"] = occurrence.End is { } end ? When(end) : null,
            ["eventStatus"] = ev.Status switch
            {
                EventStatus.Cancelled => "https://schema.org/EventCancelled",
                EventStatus.Postponed => "https://schema.org/EventPostponed",
                _ => "https://schema.org/EventScheduled",
            },
            ["eventAttendanceMode"] = ev.Participation switch
            {
                Participation.InPerson => "https://schema.org/OfflineEventAttendanceMode",
                Participation.Various => "https://schema.org/MixedEventAttendanceMode",
                _ => "https://schema.org/OnlineEventAttendanceMode",
            },
            ["location"] = location,
            ["organizer"] = ev.Organiser is null ? null : new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = ev.Organiser, ["url"] = ev.Url },
            ["url"] = site.Absolute("/events/" + ev.Slug),
            ["image"] = site.Absolute(PageMetadata.DefaultImage),
        });
    }

    private static Dictionary<string, object?> Publisher(SiteOptions site) => new()
    {
        ["@type"] = "Organization",
        ["name"] = site.Name,
        ["url"] = site.Absolute("/"),
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Serialize(Dictionary<string, object?> data) =>
        JsonSerializer.Serialize(data.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value), Options);
}
