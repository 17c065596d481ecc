using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Pages.Shared;
using SexWorkResourceHub.Web.Events;
using SexWorkResourceHub.Web.Localization;

namespace SexWorkResourceHub.Web.Pages.Events;

public sealed class EventModel(HubDbContext db, MarkdownRenderer markdown, TimeProvider time, IOptions<SiteOptions> site) : SitePageModel
{
    public Event Event { get; private set; } = null!;

    public EventOccurrence Occurrence { get; private set; } = null!;

    public DateTimeOffset Now { get; private set; }

    /// <summary>The title, description and how to take part in the page's language, where the event has them.</summary>
    public EventTexts Texts { get; private set; } = null!;

    /// <summary>The description, rendered through the same safe pipeline as articles.</summary>
    public string DescriptionHtml { get; private set; } = string.Empty;

    /// <summary>The other events of its series, in date order.</summary>
    public IReadOnlyList<Event> SeriesEvents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken) is not { } ev)
        {
            return NotFound();
        }

        Event = ev;
        Now = time.GetUtcNow();
        Occurrence = EventOccurrence.Current(ev, Now);
        Texts = new EventTexts(ev, PageLanguage);
        DescriptionHtml = Texts.Description.Text is { Length: > 0 } description ? markdown.Render(description, Texts.Description.Language).Html : string.Empty;
        if (ev.Series is { } series)
        {
            SeriesEvents = await db.Events.AsNoTracking()
                .Where(e => e.Series == series)
                .OrderBy(e => e.Start)
                .ToListAsync(cancellationToken);
        }

        var when = EventTimeFormat.Describe(Occurrence);
        var title = Texts.Title.Text!;
        Meta = new PageMetadata(title, $"{when}. {EventSchedule.ParticipationLabel(ev.Participation)}.", SiteLanguages.InLanguage("/events/" + ev.Slug, PageLanguage))
        {
            Calendar = ev.Status == EventStatus.Cancelled ? null : new CalendarLink(SiteLanguages.InLanguage($"/events/{ev.Slug}.ics", PageLanguage), title),
            Languages = InEveryLanguage("/events/" + ev.Slug),
            StructuredData = StructuredData.Event(ev, Occurrence, site.Value),
        };
        return Page();
    }
}
