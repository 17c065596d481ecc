using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Editors;

namespace SexWorkResourceHub.Web.Pages.Editor.Resources;

/// <summary>Create, edit, delete and restore a resource; accepting a suggestion opens this form filled in.</summary>
public sealed class EditModel(HubDbContext db, StoreChanges changes, TimeProvider time) : RecordEditModel<Resource, ResourceInput>(db, changes, time)
{
    protected override SuggestionKind SuggestionKind => SuggestionKind.Resource;

    protected override string Plural => "resources";

    protected override string Singular => "resource";

    protected override DbSet<Resource> Records => Db.AllResources;

    protected override ResourceInput FromRecord(Resource record) => ResourceInput.From(record);

    protected override ResourceInput FromSuggestionFields(Suggestion suggestion) => ResourceInput.From(suggestion);

    protected override Resource Create(string slug) => new() { Slug = slug, Name = string.Empty, Description = string.Empty };

    protected override void Apply(ResourceInput input, Resource record) => input.ApplyTo(record);

    protected override string TitleOf(Resource record) => record.Name;

    /// <summary>The checks recorded for this resource, newest first.</summary>
    public IReadOnlyList<Verification> Checks { get; private set; } = [];

    protected override async Task LoadDetailsAsync(Resource record, CancellationToken cancellationToken) =>
        Checks = await Db.Verifications.AsNoTracking().Where(v => v.ResourceId == record.Id)
            .OrderByDescending(v => v.CheckedOn).ThenByDescending(v => v.Id).ToListAsync(cancellationToken);

    /// <summary>A check typed into the form is saved with the resource, under the editor's role.</summary>
    protected override async Task AddToSaveAsync(ResourceInput input, Resource record, CancellationToken cancellationToken)
    {
        if (input.CheckedOn is not { } checkedOn || !EnumNames.TryParse<VerificationMethod>(input.CheckMethod, out var method))
        {
            return;
        }

        var editorId = EditorClaims.EditorId(User);
        var role = await Db.Editors.Where(e => e.Id == editorId).Select(e => e.Role).SingleOrDefaultAsync(cancellationToken);
        Db.Verifications.Add(new Verification
        {
            Resource = record,
            CheckedOn = checkedOn,
            Method = method,
            Role = role ?? Data.Entities.Editor.DefaultRole,
            CheckedBy = EditorClaims.Email(User),
            Note = string.IsNullOrWhiteSpace(input.CheckNote) ? null : input.CheckNote.Trim(),
            CreatedAt = Time.GetUtcNow().UtcDateTime,
        });
    }
}
