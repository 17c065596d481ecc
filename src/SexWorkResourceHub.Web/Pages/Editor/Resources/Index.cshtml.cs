using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Editor.Resources;

public sealed class IndexModel(HubDbContext db) : SitePageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Deleted { get; set; }

    public IReadOnlyList<Resource> Resources { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IQueryable<Resource> query = Deleted ? db.AllResources.Where(r => r.DeletedAt != null) : db.Resources;
        Resources = await query.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken);
        Meta = new PageMetadata("Resources (editors)", "Manage the resource directory.", "/editor/resources") { NoIndex = true };
    }
}
