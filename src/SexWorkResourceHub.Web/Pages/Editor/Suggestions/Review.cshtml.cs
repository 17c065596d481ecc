using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Editors;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Editor.Suggestions;

/// <summary>One suggestion, shown only as encoded text, to accept (via the edit form) or reject.</summary>
public sealed class ReviewModel(HubDbContext db, TimeProvider time) : SitePageModel
{
    public Suggestion Suggestion { get; private set; } = null!;

    [BindProperty]
    [StringLength(FieldLimits.Description, ErrorMessage = "The note can be at most {1} characters.")]
    [Display(Name = "Why (optional, for other editors)")]
    public string? Note { get; set; }

    public string AcceptUrl => Suggestion.Kind == SuggestionKind.Resource
        ? $"/editor/resources/edit?fromSuggestion={Suggestion.Id}"
        : $"/editor/events/edit?fromSuggestion={Suggestion.Id}";

    /// <summary>For a report about a resource: the resource's id, for a link to its edit page.</summary>
    public int? ResourceToEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Suggestions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } suggestion)
        {
            return NotFound();
        }

        await ShowAsync(suggestion, cancellationToken);
        return Page();
    }

    /// <summary>A problem report that an editor has dealt with: closed, with their note, under the same retention as other suggestions.</summary>
    public Task<IActionResult> OnPostResolveAsync(int id, CancellationToken cancellationToken) =>
        DecideAsync(id, SuggestionKind.Correction, (s, editor) => SuggestionDecisions.Resolve(s, Note, editor, time), cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(int id, CancellationToken cancellationToken) =>
        DecideAsync(id, null, (s, editor) => SuggestionDecisions.Reject(s, Note, editor, time), cancellationToken);

    /// <summary>Decides a pending suggestion (of <paramref name="kind"/>, when given) and goes back to the list; a decided one is shown again with why not.</summary>
    private async Task<IActionResult> DecideAsync(int id, SuggestionKind? kind, Action<Suggestion, string> decide, CancellationToken cancellationToken)
    {
        if (await db.Suggestions.SingleOrDefaultAsync(s => s.Id == id && (kind == null || s.Kind == kind), cancellationToken) is not { } suggestion)
        {
            return NotFound();
        }

        if (suggestion.Status != SuggestionStatus.Pending)
        {
            ModelState.AddModelError(string.Empty, "This suggestion has already been decided.");
        }

        if (!ModelState.IsValid)
        {
            await ShowAsync(suggestion, cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        decide(suggestion, EditorClaims.Email(User));
        await db.SaveChangesWithAuditAsync(EditorClaims.Email(User), time, cancellationToken);
        return LocalRedirect("/editor/suggestions");
    }

    private async Task ShowAsync(Suggestion suggestion, CancellationToken cancellationToken)
    {
        Suggestion = suggestion;
        if (suggestion.Kind == SuggestionKind.Correction && suggestion.Field("about") is { } about
            && Suggest.ReportTarget.ResourceSlug(about) is { } slug)
        {
            ResourceToEdit = await db.AllResources.Where(r => r.Slug == slug).Select(r => (int?)r.Id).SingleOrDefaultAsync(cancellationToken);
        }

        Meta = new PageMetadata("Review a suggestion", "Review a suggestion from the public.", $"/editor/suggestions/{suggestion.Id}") { NoIndex = true };
    }
}
