using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Editor.Suggestions;

/// <summary>
/// The suggestions waiting for review, oldest first, a page at a time (?page=2): a flood of them once
/// made this one page of several megabytes. A page number past the last is a 404.
/// </summary>
public sealed class IndexModel(HubDbContext db) : SitePageModel
{
    public const int PageSize = 50;

    /// <summary>Decided suggestions are kept 30 days; the list shows the most recent ones only.</summary>
    public const int DecidedShown = 50;

    public IReadOnlyList<Suggestion> Pending { get; private set; } = [];

    public int PendingCount { get; private set; }

    public int PageNumber { get; private set; } = 1;

    /// <summary>At least one, so an empty list is page 1 of 1.</summary>
    public int PageCount => Math.Max(1, (PendingCount + PageSize - 1) / PageSize);

    /// <summary>The position of the first suggestion on this page in the whole list, from 1.</summary>
    public int FirstOnPage => ((PageNumber - 1) * PageSize) + 1;

    public IReadOnlyList<Suggestion> Decided { get; private set; } = [];

    public int DecidedCount { get; private set; }

    public static string PagePath(int page) => page == 1 ? "/editor/suggestions" : $"/editor/suggestions?page={page}";

    // From the query string only: Razor Pages keeps its own "page" route value (the page's path).
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? pageNumber, CancellationToken cancellationToken)
    {
        var pending = db.Suggestions.AsNoTracking().Where(s => s.Status == SuggestionStatus.Pending);
        PendingCount = await pending.CountAsync(cancellationToken);
        PageNumber = pageNumber ?? 1;
        if (!ModelState.IsValid || PageNumber < 1 || PageNumber > PageCount)
        {
            return NotFound();
        }

        Pending = await pending
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .Skip(FirstOnPage - 1).Take(PageSize)
            .ToListAsync(cancellationToken);
        if (PageNumber == 1)
        {
            var decided = db.Suggestions.AsNoTracking().Where(s => s.Status != SuggestionStatus.Pending);
            DecidedCount = await decided.CountAsync(cancellationToken);
            Decided = await decided.OrderByDescending(s => s.DecidedAt).ThenByDescending(s => s.Id).Take(DecidedShown).ToListAsync(cancellationToken);
        }

        var title = PageNumber == 1 ? "Suggestions" : $"Suggestions, page {PageNumber}";
        Meta = new PageMetadata(title, "Suggestions from the public, waiting for review.", PagePath(PageNumber)) { NoIndex = true };
        return Page();
    }
}
