using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;

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
}
