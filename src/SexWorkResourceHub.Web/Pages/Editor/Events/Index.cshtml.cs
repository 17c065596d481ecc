using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Editor.Events;

public sealed class IndexModel(HubDbContext db) : SitePageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Deleted { get; set; }

    public IReadOnlyList<Event> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IQueryable<Event> query = Deleted ? db.AllEvents.Where(e => e.DeletedAt != null) : db.Events;
        Events = await query.AsNoTracking().OrderByDescending(e => e.Start).ToListAsync(cancellationToken);
        Meta = new PageMetadata("Events (editors)", "Manage the event schedule.", "/editor/events") { NoIndex = true };
    }
}
