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

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Suggestions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } suggestion)
        {
            return NotFound();
        }

        Show(suggestion);
        return Page();
    }

    public async Task<IActionResult> OnPostRejectAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Suggestions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } suggestion)
        {
            return NotFound();
        }

        if (suggestion.Status != SuggestionStatus.Pending)
        {
            ModelState.AddModelError(string.Empty, "This suggestion has already been decided.");
        }

        if (!ModelState.IsValid)
        {
            Show(suggestion);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        SuggestionDecisions.Reject(suggestion, Note, EditorClaims.Email(User), time);
        await db.SaveChangesWithAuditAsync(EditorClaims.Email(User), time, cancellationToken);
        return LocalRedirect("/editor/suggestions");
    }

    private void Show(Suggestion suggestion)
    {
        Suggestion = suggestion;
        Meta = new PageMetadata("Review a suggestion", "Review a suggestion from the public.", $"/editor/suggestions/{suggestion.Id}") { NoIndex = true };
    }
}
