using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Pages.Shared;
using SexWorkResourceHub.Web.Events;

namespace SexWorkResourceHub.Web.Pages.Events;

public sealed class EventModel(HubDbContext db, MarkdownRenderer markdown, TimeProvider time, IOptions<SiteOptions> site) : SitePageModel
{
    public Event Event { get; private set; } = null!;

    public EventOccurrence Occurrence { get; private set; } = null!;

    public DateTimeOffset Now { get; private set; }

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
        DescriptionHtml = markdown.Render(ev.Description).Html;
        if (ev.Series is { } series)
        {
            SeriesEvents = await db.Events.AsNoTracking()
                .Where(e => e.Series == series)
                .OrderBy(e => e.Start)
                .ToListAsync(cancellationToken);
        }

        var when = EventTimeFormat.Describe(Occurrence);
        Meta = new PageMetadata(ev.Title, $"{when}. {EventSchedule.ParticipationLabel(ev.Participation)}.", "/events/" + ev.Slug)
        {
            Calendar = ev.Status == EventStatus.Cancelled ? null : new CalendarLink($"/events/{ev.Slug}.ics", ev.Title),
            StructuredData = StructuredData.Event(ev, Occurrence, site.Value),
        };
        return Page();
    }
}
