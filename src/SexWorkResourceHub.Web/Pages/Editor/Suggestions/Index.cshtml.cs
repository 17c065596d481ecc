using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Editor.Suggestions;

public sealed class IndexModel(HubDbContext db) : SitePageModel
{
    public IReadOnlyList<Suggestion> Pending { get; private set; } = [];

    public IReadOnlyList<Suggestion> Decided { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await db.Suggestions.AsNoTracking().OrderByDescending(s => s.CreatedAt).ToListAsync(cancellationToken);
        Pending = [.. all.Where(s => s.Status == SuggestionStatus.Pending).OrderBy(s => s.CreatedAt)];
        Decided = [.. all.Where(s => s.Status != SuggestionStatus.Pending).OrderByDescending(s => s.DecidedAt)];
        Meta = new PageMetadata("Suggestions", "Suggestions from the public, waiting for review.", "/editor/suggestions") { NoIndex = true };
    }
}
