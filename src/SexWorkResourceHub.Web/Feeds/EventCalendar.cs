using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Infrastructure;

namespace SexWorkResourceHub.Web.Feeds;

/// <summary>
/// Events as an RFC 5545 calendar, written by Ical.Net (CRLF, TEXT escaping), folded again by
/// <see cref="IcsFolding"/> so no fold splits a character. Timed events are in UTC (no VTIMEZONE needed); all-day events are dates with
/// an exclusive end; yearly observances carry RRULE:FREQ=YEARLY. The UID is the slug at
/// <see cref="SiteOptions.CalendarId"/>, so it survives a move to another address.
/// </summary>
public static class EventCalendar
{
    /// <summary>How often a subscribed calendar app should fetch the schedule again (an RFC 5545 duration).</summary>
    public const string RefreshInterval = "PT12H";

    /// <summary>
    /// A calendar of <paramref name="events"/>. With <paramref name="subscription"/> (the whole schedule,
    /// which apps subscribe to) it says how often to fetch it again, as REFRESH-INTERVAL (RFC 7986) and
    /// X-PUBLISHED-TTL (Outlook's and older apps' name for it).
    /// </summary>
    public static string Write(IEnumerable<Event> events, SiteOptions site, MarkdownRenderer markdown, bool subscription, string language = SiteLanguages.Default) =>
        Localization.Ui.In(language, () => WriteIn(language, events, site, markdown, subscription));

    private static string WriteIn(string language, IEnumerable<Event> events, SiteOptions site, MarkdownRenderer markdown, bool subscription)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//SexWorkResourceHub//Event schedule//EN", Scale = "GREGORIAN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", Localization.Ui.T("{0} events", site.Name));
        if (subscription)
        {
            var refresh = new Ical.Net.CalendarProperty("REFRESH-INTERVAL", RefreshInterval);
            refresh.AddParameter("VALUE", "DURATION");
            calendar.Properties.Add(refresh);
            calendar.AddProperty("X-PUBLISHED-TTL", RefreshInterval);
        }

        foreach (var ev in events)
        {
            calendar.Events.Add(Component(ev, site, markdown, language));
        }

        return IcsFolding.Refold(new CalendarSerializer().SerializeToString(calendar)!);
    }

    private static CalendarEvent Component(Event ev, SiteOptions site, MarkdownRenderer markdown, string language)
    {
        var page = new Uri(site.Absolute(SiteLanguages.InLanguage("/events/" + ev.Slug, language)));
        var texts = new Localization.EventTexts(ev, language);
        var component = new CalendarEvent
        {
            Uid = $"{ev.Slug}@{site.CalendarId}",
            DtStamp = Utc(ev.UpdatedAt),
            Summary = ev.Status == EventStatus.Postponed ? Localization.Ui.T("Postponed: {0}", texts.Title.Text!) : texts.Title.Text,
            Description = Description(ev, texts, page, site, markdown),
            Location = Location(ev, texts),
            Url = page,
            Status = ev.Status switch
            {
                EventStatus.Cancelled => "CANCELLED",
                EventStatus.Postponed => "TENTATIVE",
                _ => "CONFIRMED",
            },
        };
        if (ev.AllDay)
        {
            // DTEND of a date is exclusive: the day after the last day.
            component.DtStart = new CalDateTime(DateOnly.FromDateTime(ev.Start));
            component.DtEnd = new CalDateTime(DateOnly.FromDateTime(ev.End ?? ev.Start).AddDays(1));
        }
        else
        {
            component.DtStart = Utc(ev.Start);
            component.DtEnd = ev.End is { } end ? Utc(end) : null;
        }

        if (ev.Yearly)
        {
            component.RecurrenceRule = new RecurrenceRule(Ical.Net.FrequencyType.Yearly);
        }

        return component;
    }

    private static string Description(Event ev, Localization.EventTexts texts, Uri page, SiteOptions site, MarkdownRenderer markdown)
    {
        var parts = new List<string>();
        if (markdown.ToPlainText(texts.Description.Text ?? string.Empty, url => AbsoluteLink(url, page, site)) is { Length: > 0 } description)
        {
            parts.Add(description);
        }

        if (texts.HowToJoin.Text is { } how)
        {
            parts.Add(Localization.Ui.T("How to take part: {0}", how));
        }

        // ORGANIZER needs a calendar address; the schedule only has a name.
        if (ev.Organiser is { } organiser)
        {
            parts.Add(Localization.Ui.T("Organiser: {0}", organiser));
        }

        parts.Add(Localization.Ui.T("Details: {0}", page.AbsoluteUri));
        return string.Join("\n\n", parts);
    }

    /// <summary>
    /// A link as a calendar app can follow it: a site path on Site:BaseUrl, an address with a scheme as
    /// written, and anything else relative to the event's own page.
    /// </summary>
    private static string AbsoluteLink(string url, Uri page, SiteOptions site)
    {
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        {
            return site.Absolute(url);
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && url.AsSpan(0, colon).IndexOfAny('/', '?', '#') < 0 ? url : new Uri(page, url).AbsoluteUri;
    }

    private static string? Location(Event ev, Localization.EventTexts texts) => ev.Participation switch
    {
        Participation.OnlineChat or Participation.Stream or Participation.OnlineMeeting => Events.EventSchedule.ParticipationLabel(ev.Participation),
        _ => texts.Place.Text,
    };

    private static CalDateTime Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc), "UTC");
}
