using System.Globalization;
using System.Text.Json;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Resources;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Events;

namespace SexWorkResourceHub.Web.Pages.Shared;

/// <summary>
/// Schema.org JSON-LD for search engines and link previews. The default encoder escapes &lt; and &amp;,
/// so text from content can never close the script element it sits in.
/// </summary>
public static partial class StructuredData
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
        ["inLanguage"] = article.Language,
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

        // Where one joins: the organiser's page for the event, never this site's own page about it.
        var online = new Dictionary<string, object?>
        {
            ["@type"] = "VirtualLocation",
            ["name"] = ev.HowToJoin ?? EventSchedule.ParticipationLabel(ev.Participation),
            ["url"] = ev.Url,
        };
        // A mixed event needs a Place as well; an observance marked in many places has no one address.
        var place = ev.Place is not null
            ? new Dictionary<string, object?> { ["@type"] = "Place", ["name"] = ev.Place, ["address"] = ev.Place }
            : ev.Participation == Participation.Various
                ? new Dictionary<string, object?> { ["@type"] = "Place", ["name"] = "Many places, online and in person" }
                : null;
        object location = ev.Participation switch
        {
            Participation.InPerson => place ?? online,
            Participation.Various => new object[] { place!, online },
            _ => online,
        };

        return Serialize(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = ev.Title,
            ["description"] = Plain(ev.Description) is { Length: > 0 } about ? about : ev.HowToJoin ?? ev.Title,
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

    /// <summary>
    /// An ItemList of the things a page lists, in order, each with its name and address: for the
    /// events schedule (each event's own page) and the directory (each entry's place on the page).
    /// </summary>
    public static string ItemList(string name, string pageUrl, IEnumerable<(string Name, string Url)> items) => Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "ItemList",
        ["name"] = name,
        ["url"] = pageUrl,
        ["itemListElement"] = items.Select((item, index) => new Dictionary<string, object?>
        {
            ["@type"] = "ListItem",
            ["position"] = index + 1,
            ["name"] = item.Name,
            ["url"] = item.Url,
        }).ToArray(),
    });

    /// <summary>
    /// The directory as an ItemList of Organizations, in the order shown, each with its place on the page
    /// (<c>@id</c>), its own website and the numbers to reach it (ContactPoint, with the languages it works
    /// in). Hours are plain text in the directory, so they are left out rather than guessed into a schedule.
    /// </summary>
    public static string Directory(string pageUrl, IEnumerable<Resource> resources) => Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "ItemList",
        ["name"] = "Resources",
        ["url"] = pageUrl,
        ["itemListElement"] = resources.Select((r, index) => new Dictionary<string, object?>
        {
            ["@type"] = "ListItem",
            ["position"] = index + 1,
            ["name"] = r.Name,
            ["url"] = pageUrl + "#resource-" + r.Slug,
            ["item"] = new Dictionary<string, object?>
            {
                ["@type"] = "Organization",
                ["@id"] = pageUrl + "#resource-" + r.Slug,
                ["name"] = r.Name,
                ["description"] = r.Description,
                ["url"] = r.Url,
                ["contactPoint"] = ContactPoints(r),
                ["areaServed"] = r.Areas.Count == 0 ? null : r.Areas.Select(a => new Dictionary<string, object?>
                {
                    ["@type"] = a.City is not null ? "City" : a.Region is not null ? "State" : "Country",
                    ["name"] = ServiceAreaText.FullName(a),
                }).ToArray(),
            },
        }).ToArray(),
    });

    private static object[]? ContactPoints(Resource r)
    {
        var points = new List<object>();
        foreach (var (number, type) in new[] { (r.Phone, "phone"), (r.TextNumber, "text message"), (r.Tty, "TTY") })
        {
            if (number is not null)
            {
                points.Add(new Dictionary<string, object?>
                {
                    ["@type"] = "ContactPoint",
                    ["telephone"] = number,
                    ["contactType"] = type,
                    ["availableLanguage"] = r.Languages.Count == 0 ? null : r.Languages.ToArray(),
                    ["hoursAvailable"] = HoursAvailable(r.Schedule),
                });
            }
        }

        return points.Count == 0 ? null : [.. points];
    }

    /// <summary>The weekly hours as schema.org OpeningHoursSpecifications, one per opening time; times are the service's own local times.</summary>
    private static object[]? HoursAvailable(OpeningHours hours)
    {
        IEnumerable<OpeningPeriod> periods = hours.AlwaysOpen
            ? Enum.GetValues<DayOfWeek>().Select(d => new OpeningPeriod(d, TimeOnly.MinValue, new TimeOnly(23, 59)))
            : hours.Periods;
        var specifications = periods.GroupBy(p => (p.Opens, p.Closes)).Select(g => (object)new Dictionary<string, object?>
        {
            ["@type"] = "OpeningHoursSpecification",
            ["dayOfWeek"] = g.Select(p => "https://schema.org/" + p.Day).ToArray(),
            ["opens"] = g.Key.Opens.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["closes"] = g.Key.Closes.ToString("HH:mm", CultureInfo.InvariantCulture),
        }).ToArray();
        return specifications.Length == 0 ? null : specifications;
    }

    private static Dictionary<string, object?> Publisher(SiteOptions site) => new()
    {
        ["@type"] = "Organization",
        ["name"] = site.Name,
        ["url"] = site.Absolute("/"),
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The first paragraph of a Markdown description as plain text, short enough for a preview.</summary>
    private static string Plain(string markdown)
    {
        var first = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
        var text = MarkdownLinks().Replace(first, "$1").Replace('\n', ' ').Replace("*", string.Empty, StringComparison.Ordinal).Trim();
        return text.Length <= 300 ? text : text[..297].TrimEnd() + "...";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial System.Text.RegularExpressions.Regex MarkdownLinks();

    private static string Serialize(Dictionary<string, object?> data) => JsonSerializer.Serialize(WithoutNulls(data), Options);

    /// <summary>Drops every key whose value is null, at every depth: a consumer must never see "url": null.</summary>
    private static object? WithoutNulls(object? value) => value switch
    {
        Dictionary<string, object?> map => map.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => WithoutNulls(p.Value)),
        string => value,
        System.Collections.IEnumerable items => items.Cast<object?>().Where(i => i is not null).Select(WithoutNulls).ToArray(),
        _ => value,
    };
}
