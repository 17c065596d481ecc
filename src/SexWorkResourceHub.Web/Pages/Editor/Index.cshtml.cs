using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Editor;

public sealed class IndexModel(HubDbContext db, ContentCatalog catalog, TimeProvider time) : SitePageModel
{
    /// <summary>A resource not checked for this long is listed for checking.</summary>
    public const int VerifyEveryMonths = 12;

    public int ResourceCount { get; private set; }

    public int EventCount { get; private set; }

    public IReadOnlyList<Suggestion> Pending { get; private set; } = [];

    public IReadOnlyList<Resource> Stale { get; private set; } = [];

    public IReadOnlyList<ContentProblem> ContentProblems { get; private set; } = [];

    public string ContentRoot { get; private set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ResourceCount = await db.Resources.CountAsync(cancellationToken);
        EventCount = await db.Events.CountAsync(cancellationToken);
        Pending = await db.Suggestions.AsNoTracking()
            .Where(s => s.Status == SuggestionStatus.Pending)
            .OrderBy(s => s.CreatedAt)
            .ToListAsync(cancellationToken);
        var cutoff = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddMonths(-VerifyEveryMonths);
        Stale = await db.Resources.AsNoTracking()
            .Where(r => r.LastVerified == null || r.LastVerified < cutoff)
            .OrderBy(r => r.LastVerified)
            .ThenBy(r => r.Name)
            .ToListAsync(cancellationToken);
        var snapshot = catalog.Current;
        ContentProblems = snapshot.Problems;
        ContentRoot = snapshot.Root;
        Meta = new PageMetadata("Editors' dashboard", "What needs an editor's attention.", "/editor") { NoIndex = true };
    }
}
