using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Pages.Editor.Events;

/// <summary>Create, edit, delete and restore an event; accepting a suggestion opens this form filled in.</summary>
public sealed class EditModel(
    HubDbContext db, StoreChanges changes, TimeProvider time, ContentCatalog catalog, MarkdownRenderer markdown, ContentLinkChecker links)
    : RecordEditModel<Event, EventInput>(db, changes, time)
{
    protected override SuggestionKind SuggestionKind => SuggestionKind.Event;

    protected override string Plural => "events";

    protected override string Singular => "event";

    protected override DbSet<Event> Records => Db.AllEvents;

    protected override EventInput FromRecord(Event record) => EventInput.From(record);

    protected override EventInput FromSuggestionFields(Suggestion suggestion) => EventInput.From(suggestion);

    protected override Event Create(string slug) => new() { Slug = slug, Title = string.Empty, TimeZone = "UTC" };

    protected override void Apply(EventInput input, Event record) => input.ApplyTo(record);

    protected override string TitleOf(Event record) => record.Title;

    /// <summary>The description is Markdown shown through the articles' pipeline: its site links must lead somewhere.</summary>
    protected override void ValidateWithSite(EventInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Description))
        {
            return;
        }

        foreach (var message in links.CheckMarkdown(markdown.Render(input.Description), catalog.Current))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(EventInput.Description)}", $"In the description, {message}.");
        }
    }
}
