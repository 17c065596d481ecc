using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Editors;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Editor;

/// <summary>A form an editor fills in for a record; the slug is chosen once, when the record is new.</summary>
public interface IRecordInput
{
    string? Slug { get; }

    /// <summary>What a slug is made from when the editor leaves it empty (the name or title).</summary>
    string? SlugSource { get; }
}

/// <summary>
/// What the resource and event editors share: load with history, open pre-filled from a suggestion,
/// check the slug is free, save with the audit trail (accepting the suggestion in the same save),
/// and delete or restore softly. Each page says only how its form maps to its record.
/// </summary>
public abstract class RecordEditModel<TRecord, TInput>(HubDbContext db, TimeProvider time) : SitePageModel
    where TRecord : class, IEditableRecord
    where TInput : class, IRecordInput, System.ComponentModel.DataAnnotations.IValidatableObject, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    /// <summary>The suggestion being accepted, when the form was opened from one.</summary>
    [BindProperty(SupportsGet = true)]
    public int? FromSuggestion { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public TRecord? Existing { get; private set; }

    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    public bool IsNew => Existing is null;

    protected HubDbContext Db => db;

    protected abstract SuggestionKind SuggestionKind { get; }

    /// <summary>"resources" or "events": the editor path and the noun in messages.</summary>
    protected abstract string Plural { get; }

    protected abstract string Singular { get; }

    protected abstract DbSet<TRecord> Records { get; }

    protected abstract TInput FromRecord(TRecord record);

    protected abstract TInput FromSuggestionFields(Suggestion suggestion);

    protected abstract TRecord Create(string slug);

    protected abstract void Apply(TInput input, TRecord record);

    protected abstract string TitleOf(TRecord record);

    /// <summary>Checks that need the site's services beyond the form's own rules; errors go into ModelState.</summary>
    protected virtual void ValidateWithSite(TInput input)
    {
    }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is { } existingId)
        {
            if (await LoadAsync(existingId, cancellationToken) is not { } record)
            {
                return NotFound();
            }

            Input = FromRecord(record);
        }
        else if (FromSuggestion is { } suggestionId)
        {
            if (await PendingSuggestionAsync(suggestionId, cancellationToken) is not { } suggestion)
            {
                return NotFound();
            }

            Input = FromSuggestionFields(suggestion);
        }

        SetMeta();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        var record = id is { } existingId ? await LoadAsync(existingId, cancellationToken) : null;
        if (id is not null && record is null)
        {
            return NotFound();
        }

        ValidateWhole(Input, nameof(Input));
        ValidateWithSite(Input);

        var suggestion = FromSuggestion is { } suggestionId ? await PendingSuggestionAsync(suggestionId, cancellationToken) : null;
        if (FromSuggestion is not null && suggestion is null)
        {
            ModelState.AddModelError(string.Empty, "That suggestion has already been accepted or rejected.");
        }

        var slug = record?.Slug ?? (string.IsNullOrWhiteSpace(Input.Slug) ? Slugs.From(Input.SlugSource ?? string.Empty) : Input.Slug.Trim());
        if (record is null && await Records.IgnoreQueryFilters().AnyAsync(r => r.Slug == slug, cancellationToken))
        {
            AddSlugTaken(slug);
        }

        if (!ModelState.IsValid)
        {
            return Invalid(StatusCodes.Status400BadRequest);
        }

        if (record is null)
        {
            record = Create(slug);
            Records.Add(record);
        }

        Apply(Input, record);
        if (suggestion is not null)
        {
            SuggestionDecisions.Accept(suggestion, record.Slug, EditorClaims.Email(User), time);
        }

        try
        {
            await db.SaveChangesWithAuditAsync(EditorClaims.Email(User), time, cancellationToken);
        }
        catch (DbUpdateException) when (Existing is null)
        {
            // Another editor took the same slug a moment ago; the unique index refused the second.
            Existing = null;
            AddSlugTaken(slug);
            return Invalid(StatusCodes.Status409Conflict);
        }

        return LocalRedirect($"/editor/{Plural}/edit/{record.Id}?saved=true");
    }

    public Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken) =>
        SetDeletedAsync(id, time.GetUtcNow().UtcDateTime, cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken cancellationToken) =>
        SetDeletedAsync(id, null, cancellationToken);

    private async Task<IActionResult> SetDeletedAsync(int id, DateTime? deletedAt, CancellationToken cancellationToken)
    {
        if (await Records.IgnoreQueryFilters().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        record.DeletedAt = deletedAt;
        await db.SaveChangesWithAuditAsync(EditorClaims.Email(User), time, cancellationToken);
        return LocalRedirect($"/editor/{Plural}/edit/{id}?saved=true");
    }

    private IActionResult Invalid(int status)
    {
        Response.StatusCode = status;
        SetMeta();
        return Page();
    }

    private void AddSlugTaken(string slug) =>
        ModelState.AddModelError("Input.Slug", $"Another {Singular} already uses the address name '{slug}'. Choose a different one.");

    private async Task<TRecord?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Existing = await Records.IgnoreQueryFilters().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (Existing is not null)
        {
            History = await db.HistoryAsync(typeof(TRecord).Name, id, cancellationToken);
        }

        return Existing;
    }

    private Task<Suggestion?> PendingSuggestionAsync(int id, CancellationToken cancellationToken) =>
        db.Suggestions.SingleOrDefaultAsync(s => s.Id == id && s.Kind == SuggestionKind && s.Status == SuggestionStatus.Pending, cancellationToken);

    private void SetMeta() =>
        Meta = new PageMetadata(IsNew ? $"Add a {Singular}" : $"Edit {TitleOf(Existing!)}", $"Edit a {Singular}.", HttpContext.Request.Path) { NoIndex = true };
}
