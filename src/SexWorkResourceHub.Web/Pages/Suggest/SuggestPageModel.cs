using Microsoft.AspNetCore.Mvc;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Suggest;

/// <summary>
/// A public suggestion form. It stores what the person typed and an optional contact, and nothing
/// about their connection or browser; automated posts that fill the honeypot get thanked and dropped.
/// </summary>
public abstract class SuggestPageModel<TInput>(HubDbContext db, TimeProvider time) : SitePageModel
    where TInput : SuggestionInput, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    protected abstract PageMetadata Metadata { get; }

    public void OnGet() => Meta = Metadata;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Meta = Metadata;
        if (!string.IsNullOrEmpty(Input.Homepage))
        {
            return LocalRedirect("/suggest/thanks");
        }

        ValidateWhole(Input, nameof(Input));
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        db.Suggestions.Add(new Suggestion
        {
            Kind = Input.Kind,
            Fields = Input.Fields(),
            Contact = string.IsNullOrWhiteSpace(Input.Contact) ? null : Input.Contact.Trim(),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return LocalRedirect("/suggest/thanks");
    }
}
