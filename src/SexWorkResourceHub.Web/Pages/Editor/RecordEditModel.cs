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

    /// <summary>The record's version when the form was opened, sent back in a hidden field (see <see cref="IEditableRecord.Version"/>).</summary>
    int Version { get; set; }
}

/// <summary>
/// What the resource and event editors share: load with history, open pre-filled from a suggestion,
/// check the slug is free, save with the audit trail (accepting the suggestion in the same save),
/// and delete or restore softly, raising <see cref="StoreChanges"/> after each save so cached pages and
/// search follow it. Every change to an existing record is refused with 409 when the record
/// was saved after the page was opened (its version moved on), so no editor silently undoes another's
/// save. Each page says only how its form maps to its record.
/// </summary>
public abstract class RecordEditModel<TRecord, TInput>(HubDbContext db, StoreChanges changes, TimeProvider time) : SitePageModel
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

    /// <summary>Set when a save was refused because another editor saved first; the form keeps what this editor sent.</summary>
    public EditConflict? Conflict { get; private set; }

    protected HubDbContext Db => db;

    protected TimeProvider Time => time;

    /// <summary>The record's own edit page, which loads what is stored now.</summary>
    private string EditPath => $"/editor/{Plural}/edit/{Existing?.Id}";

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

    /// <summary>Adds what goes into the same save as the record (a resource's check); runs after <see cref="Apply"/>.</summary>
    protected virtual Task AddToSaveAsync(TInput input, TRecord record, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Loads what the page shows beside the record and its history.</summary>
    protected virtual Task LoadDetailsAsync(TRecord record, CancellationToken cancellationToken) => Task.CompletedTask;

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
        if (record is null && await Records.AnyAsync(r => r.Slug == slug, cancellationToken))
        {
            AddSlugTaken(slug);
        }

        if (!ModelState.IsValid)
        {
            return Invalid(StatusCodes.Status400BadRequest);
        }

        if (record is not null && record.Version != Input.Version)
        {
            return await RefuseStaleSaveAsync(record.Id, Input.Version, cancellationToken);
        }

        if (record is null)
        {
            record = Create(slug);
            Records.Add(record);
        }

        Apply(Input, record);
        await AddToSaveAsync(Input, record, cancellationToken);
        if (suggestion is not null)
        {
            SuggestionDecisions.Accept(suggestion, record.Slug, EditorClaims.Email(User), time);
        }

        try
        {
            await db.SaveChangesWithAuditAsync(EditorClaims.Email(User), time, cancellationToken);
        }
        catch (DbUpdateConcurrencyException) when (Existing is not null)
        {
            // Another editor saved between this request's read and its write: the UPDATE found the
            // version it read no longer there and changed nothing.
            return await RefuseStaleSaveAsync(Existing.Id, Input.Version, cancellationToken);
        }
        catch (DbUpdateException) when (Existing is null)
        {
            // Another editor took the same slug a moment ago; the unique index refused the second.
            Existing = null;
            AddSlugTaken(slug);
            return Invalid(StatusCodes.Status409Conflict);
        }

        changes.Raise();
        return LocalRedirect($"/editor/{Plural}/edit/{record.Id}?saved=true");
    }

    /// <summary>Deletes softly; the form sends the version the page showed, and a delete decided on an older version is refused.</summary>
    public Task<IActionResult> OnPostDeleteAsync(int id, int? version, CancellationToken cancellationToken) =>
        SetDeletedAsync(id, version, time.GetUtcNow().UtcDateTime, cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(int id, int? version, CancellationToken cancellationToken) =>
        SetDeletedAsync(id, version, null, cancellationToken);

    private async Task<IActionResult> SetDeletedAsync(int id, int? version, DateTime? deletedAt, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } record)
        {
            return NotFound();
        }

        if (record.Version != version)
        {
            return RefuseStaleDelete(record, version, deletedAt is not null);
        }

        record.DeletedAt = deletedAt;
        try
        {
            await db.SaveChangesWithAuditAsync(EditorClaims.Email(User), time, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await LoadAsync(id, cancellationToken) is { } stored ? RefuseStaleDelete(stored, version, deletedAt is not null) : NotFound();
        }

        changes.Raise();
        return LocalRedirect($"/editor/{Plural}/edit/{id}?saved=true");
    }

    /// <summary>
    /// Shows the form again, as sent, beside what is stored now. Nothing is saved; the form carries the
    /// stored version, so sending it once more ("Save my version anyway") overwrites on purpose.
    /// </summary>
    private async Task<IActionResult> RefuseStaleSaveAsync(int id, int openedVersion, CancellationToken cancellationToken)
    {
        // What this request changed on its tracked copy is dropped; the page shows the record as stored now.
        db.ChangeTracker.Clear();
        if (await LoadAsync(id, cancellationToken) is not { } stored)
        {
            return NotFound();
        }

        var fields = MetadataProvider.GetMetadataForProperties(typeof(TInput))
            .Where(p => p.PropertyName is not (nameof(IRecordInput.Slug) or nameof(IRecordInput.Version)));
        Conflict = EditConflict.Between(Singular, EditPath, fields, AsStored(Input, stored.Slug), FromRecord(stored), stored.Version,
            [.. History.Where(a => a.RecordVersion > openedVersion)]);
        ModelState.AddModelError(string.Empty,
            $"Not saved: {Conflict.SavedBy} saved this {Singular} after you opened it. Your changes are still in the form. "
            + "Compare them with what is saved now, then save your version anyway or discard it.");
        foreach (var field in Conflict.Fields.Where(f => f.Differs))
        {
            ModelState.AddModelError($"{nameof(Input)}.{field.Name}", field.Message(EditorTime.ZoneOf(HttpContext)));
        }

        ModelState.Remove($"{nameof(Input)}.{nameof(IRecordInput.Version)}");
        Input.Version = stored.Version;
        return Invalid(StatusCodes.Status409Conflict);
    }

    /// <summary>A delete or restore decided on an older version: the page as it is now, with who changed it since.</summary>
    private IActionResult RefuseStaleDelete(TRecord stored, int? openedVersion, bool deleting)
    {
        var who = EditConflict.WhoSaved([.. History.Where(a => a.RecordVersion > (openedVersion ?? -1))]);
        ModelState.Clear();
        ModelState.AddModelError(string.Empty,
            $"Not {(deleting ? "deleted" : "restored")}: {who} changed this {Singular} after you opened the page. "
            + $"Check what changed in the history below, then {(deleting ? "delete" : "restore")} it again if you still want to.");
        Input = FromRecord(stored);
        return Invalid(StatusCodes.Status409Conflict);
    }

    /// <summary>The form as it would be stored, read back into a form, so it compares with a stored record field by field.</summary>
    private TInput AsStored(TInput input, string slug)
    {
        var copy = Create(slug);
        Apply(input, copy);
        return FromRecord(copy);
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
        Existing = await Records.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (Existing is not null)
        {
            History = await db.HistoryAsync(typeof(TRecord).Name, id, cancellationToken);
            await LoadDetailsAsync(Existing, cancellationToken);
        }

        return Existing;
    }

    private Task<Suggestion?> PendingSuggestionAsync(int id, CancellationToken cancellationToken) =>
        db.Suggestions.SingleOrDefaultAsync(s => s.Id == id && s.Kind == SuggestionKind && s.Status == SuggestionStatus.Pending, cancellationToken);

    private void SetMeta() =>
        Meta = new PageMetadata(IsNew ? $"Add a {Singular}" : $"Edit {TitleOf(Existing!)}", $"Edit a {Singular}.", HttpContext.Request.Path) { NoIndex = true };
}
