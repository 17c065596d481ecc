using SexWorkResourceHub.Web.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Suggest;

/// <summary>
/// A public suggestion form. It stores what the person typed and an optional contact, and nothing
/// about their connection or browser; automated posts that fill the honeypot get thanked and dropped.
/// Each rendering of the form carries an idempotency key, so a form sent twice (a retry after a
/// timeout, a second click) is stored once and thanked twice.
/// </summary>
public abstract class SuggestPageModel<TInput>(HubDbContext db, TimeProvider time, SuggestionLimiter limiter) : SitePageModel
    where TInput : SuggestionInput, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    /// <summary>Made when the form is shown (<see cref="SuggestionKeys"/>), sent back in a hidden field.</summary>
    [BindProperty]
    public string? IdempotencyKey { get; set; }

    protected abstract PageMetadata Metadata { get; }

    protected HubDbContext Db => db;

    protected TimeProvider Time => time;

    /// <summary>Fills in what the form shows beyond what was typed (what a report is about), on showing and on sending.</summary>
    protected virtual Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Meta = Metadata;
        IdempotencyKey = SuggestionKeys.New();
        await PrepareAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Meta = Metadata;
        if (!string.IsNullOrEmpty(Input.Homepage))
        {
            return LocalRedirect(ThanksPath);
        }

        await PrepareAsync(cancellationToken);

        ValidateWhole(Input, nameof(Input));
        if (!SuggestionKeys.IsWellFormed(IdempotencyKey))
        {
            // A form from before keys existed, or one sent by hand. It gets a fresh key, so sending it
            // again works.
            ModelState.AddModelError(string.Empty,
                Localization.Ui.T("Your suggestion was not sent: the form was missing a part it needs. What you typed is still here. Please send it again."));
            ShowNewKey();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // Only a form that would be saved counts against the limit; one refused keeps what was typed.
        if (limiter.WaitBeforeNext(HttpContext) is { } wait)
        {
            var retry = new RetryAfter(wait);
            retry.ApplyTo(HttpContext);
            ModelState.AddModelError(string.Empty,
                Localization.Ui.T("Not sent yet: several suggestions came from your connection in a short time. Wait {0}, then send this one again. What you typed is still here.", retry.InWords));
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        var suggestion = new Suggestion
        {
            Kind = Input.Kind,
            Fields = Input.Fields(),
            Contact = string.IsNullOrWhiteSpace(Input.Contact) ? null : Input.Contact.Trim(),
            CreatedAt = time.GetUtcNow().UtcDateTime,
            IdempotencyKey = IdempotencyKey,
        };
        db.Suggestions.Add(suggestion);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Inserting is the only check: the unique index refuses a key already stored, also when two
            // copies of the form race each other. Anything else that failed leaves no row with the key.
            db.ChangeTracker.Clear();
            var first = await db.Suggestions.AsNoTracking().SingleOrDefaultAsync(s => s.IdempotencyKey == IdempotencyKey, cancellationToken);
            if (first is null)
            {
                throw;
            }

            if (!SameText(first, suggestion))
            {
                // Sent again from the same page with other text (back, edit, send): not a retry, so
                // it is not dropped unseen either.
                ModelState.AddModelError(string.Empty,
                    Localization.Ui.T("A suggestion was already sent from this page. If this is another one, check it and send it again."));
                ShowNewKey();
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }
        }

        return LocalRedirect(ThanksPath);
    }

    /// <summary>The thanks page in the form's language.</summary>
    private string ThanksPath => SiteLanguages.InLanguage("/suggest/thanks", PageLanguage);

    private void ShowNewKey()
    {
        ModelState.Remove(nameof(IdempotencyKey));
        IdempotencyKey = SuggestionKeys.New();
    }

    /// <summary>The same suggestion as one stored; a contact erased by an editor's decision is no difference.</summary>
    private static bool SameText(Suggestion stored, Suggestion sent) =>
        stored.Kind == sent.Kind
        && stored.Fields.Count == sent.Fields.Count
        && stored.Fields.All(f => sent.Fields.TryGetValue(f.Key, out var value) && value == f.Value)
        && (stored.Contact is null || stored.Contact == sent.Contact);
}
