using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Pages.Shared;
using SexWorkResourceHub.Web.Events;

namespace SexWorkResourceHub.Web.Pages.Events;

public sealed class IndexModel(HubDbContext db, TimeProvider time, IOptions<SiteOptions> site) : SitePageModel
{
    /// <summary>The subscription feed for calendar programs that follow webcal:// links (the same file over https).</summary>
    public string WebcalUrl => "webcal://" + site.Value.Absolute("/events.ics").Split("://", 2)[1];

    public IReadOnlyList<EventGroup> Upcoming { get; private set; } = [];

    public IReadOnlyList<EventYear> Past { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        var events = await db.Events.AsNoTracking().ToListAsync(cancellationToken);
        Upcoming = EventSchedule.BySeries(EventSchedule.Upcoming(events, Now));
        Past = EventSchedule.PastByYear(events, Now);
        var listed = Upcoming.SelectMany(g => g.Occurrences).Concat(Past.SelectMany(y => y.Groups).SelectMany(g => g.Occurrences)).Select(o => o.Event).DistinctBy(e => e.Slug);
        Meta = new PageMetadata("Events",
            "Chats, vigils and days of observance about sex work, sex workers' rights and trafficking, with times in your zone and calendar files.",
            "/events")
        {
            Calendar = new CalendarLink("/events.ics", $"{site.Value.Name} events"),
            StructuredData = StructuredData.ItemList("Events", site.Value.Absolute("/events"),
                listed.Select(e => (e.Title, site.Value.Absolute("/events/" + e.Slug)))),
        };
    }
}
