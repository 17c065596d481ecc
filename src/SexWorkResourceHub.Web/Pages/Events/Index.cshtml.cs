using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Events;

public sealed class IndexModel(HubDbContext db, TimeProvider time) : SitePageModel
{
    public IReadOnlyList<EventGroup> Upcoming { get; private set; } = [];

    public IReadOnlyList<EventYear> Past { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        var events = await db.Events.AsNoTracking().ToListAsync(cancellationToken);
        Upcoming = EventSchedule.BySeries(EventSchedule.Upcoming(events, Now));
        Past = EventSchedule.PastByYear(events, Now);
        Meta = new PageMetadata("Events",
            "Chats, vigils and days of observance about sex work, sex workers' rights and trafficking, with times in your zone and calendar files.",
            "/events");
    }
}
