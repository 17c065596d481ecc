using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Editors;
using SexWorkResourceHub.Web.Pages.Shared;
using SexWorkResourceHub.Web.Resources;

namespace SexWorkResourceHub.Web.Pages.Editor;

public sealed class IndexModel(HubDbContext db, ContentCatalog catalog, EditorAccounts accounts, TimeProvider time) : SitePageModel
{
    /// <summary>A resource due for a check within this many days is listed, so it can be checked in time.</summary>
    public const int DueWithinDays = 30;

    public int ResourceCount { get; private set; }

    /// <summary>Failed attempts to sign in to the signed-in editor's account since they last dismissed the notice.</summary>
    public int FailedSignIns { get; private set; }

    public DateTime? LastFailedSignInAt { get; private set; }

    public int EventCount { get; private set; }

    /// <summary>How many pending suggestions the dashboard lists, the oldest first; the suggestions page has them all.</summary>
    public const int PendingShown = 10;

    /// <summary>The oldest <see cref="PendingShown"/> suggestions waiting for review.</summary>
    public IReadOnlyList<Suggestion> Pending { get; private set; } = [];

    public int PendingCount { get; private set; }

    /// <summary>Resources due for a check within <see cref="DueWithinDays"/> days or overdue, the soonest due first.</summary>
    public IReadOnlyList<DueResource> Due { get; private set; } = [];

    /// <summary>Public articles and pages whose review date has passed or comes within <see cref="DueWithinDays"/> days, the soonest first.</summary>
    public IReadOnlyList<ContentItem> ReviewsDue { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>Dead, unreachable and moved links from the last check: the broken first.</summary>
    public IReadOnlyList<LinkCheck> LinksToFix { get; private set; } = [];

    /// <summary>When the last link check ran; null before the first.</summary>
    public DateTime? LastLinkCheck { get; private set; }

    public IReadOnlyList<ContentProblem> ContentProblems { get; private set; } = [];

    public string ContentRoot { get; private set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var editorId = EditorClaims.EditorId(User);
        var me = await db.Editors.AsNoTracking().Where(e => e.Id == editorId)
            .Select(e => new { e.FailedSignIns, e.LastFailedSignInAt }).SingleOrDefaultAsync(cancellationToken);
        FailedSignIns = me?.FailedSignIns ?? 0;
        LastFailedSignInAt = me?.LastFailedSignInAt;
        ResourceCount = await db.Resources.CountAsync(cancellationToken);
        EventCount = await db.Events.CountAsync(cancellationToken);
        var pending = db.Suggestions.AsNoTracking().Where(s => s.Status == SuggestionStatus.Pending);
        PendingCount = await pending.CountAsync(cancellationToken);
        Pending = await pending.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).Take(PendingShown).ToListAsync(cancellationToken);
        // The due date depends on the kind, so it is worked out here rather than in SQL; the directory is
        // hundreds of rows, not millions.
        var today = VerificationCycle.Today(time);
        var resources = await db.Resources.AsNoTracking().ToListAsync(cancellationToken);
        Due = [.. resources
            .Select(r => new DueResource(r, VerificationCycle.For(r, today)))
            .Where(d => d.Check.DueOn <= today.AddDays(DueWithinDays))
            .OrderBy(d => d.Check.DueOn)
            .ThenBy(d => d.Resource.Name, StringComparer.OrdinalIgnoreCase)];
        LastLinkCheck = await db.LinkChecks.MaxAsync(l => (DateTime?)l.CheckedAt, cancellationToken);
        LinksToFix = [.. (await db.LinkChecks.AsNoTracking().Where(l => l.Outcome != LinkOutcome.Ok).ToListAsync(cancellationToken))
            .OrderBy(l => l.Outcome == LinkOutcome.Redirected)
            .ThenBy(l => l.Url, StringComparer.Ordinal)];
        var snapshot = catalog.Current;
        Today = today;
        ReviewsDue = [.. snapshot.Articles.Values.Where(a => a.IsPublicOn(today)).Cast<ContentItem>()
            .Concat(snapshot.Pages.Values)
            .Where(item => item.ReviewBy is { } due && due <= today.AddDays(DueWithinDays))
            .OrderBy(item => item.ReviewBy)
            .ThenBy(item => item.Title, StringComparer.OrdinalIgnoreCase)];
        ContentProblems = snapshot.Problems;
        ContentRoot = snapshot.Root;
        Meta = new PageMetadata("Editors' dashboard", "What needs an editor's attention.", "/editor") { NoIndex = true };
    }

    public async Task<IActionResult> OnPostDismissFailedSignInsAsync(CancellationToken cancellationToken)
    {
        await accounts.DismissFailedSignInsAsync(EditorClaims.EditorId(User), cancellationToken);
        return LocalRedirect("/editor");
    }
}

/// <summary>A resource on the dashboard's list, with where it stands in the re-check cycle.</summary>
public sealed record DueResource(Resource Resource, Recheck Check);
