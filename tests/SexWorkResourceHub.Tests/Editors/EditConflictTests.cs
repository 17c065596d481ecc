using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Editors;

/// <summary>Two editors on one record: the later save from an out-of-date form is refused, never silently applied.</summary>
public sealed class EditConflictTests : IDisposable
{
    private const string OtherEmail = "other.editor@example.org";

    private readonly HubFactory _factory = new("Production");

    public void Dispose() => _factory.Dispose();

    private async Task<(HttpClient First, HttpClient Second)> TwoEditorsAsync()
    {
        var first = await _factory.SignedInEditorAsync();
        await _factory.CreateEditorAsync(OtherEmail);
        var second = _factory.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await second.SignInAsync(OtherEmail)).StatusCode);
        return (first, second);
    }

    private async Task<T> StoredAsync<T>(Func<HubDbContext, Task<T>> read)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<HubDbContext>());
    }

    private Task<Resource> ResourceAsync(string slug) =>
        StoredAsync(db => db.AllResources.AsNoTracking().SingleAsync(r => r.Slug == slug));

    private Task<Event> EventAsync(string slug) =>
        StoredAsync(db => db.AllEvents.AsNoTracking().SingleAsync(e => e.Slug == slug));

    /// <summary>The comparison table's row for one field: its cells after the field's name.</summary>
    private static List<string> ConflictRow(IDocument page, string label) =>
        [.. page.QuerySelectorAll(".conflict tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Trim() == label)
            .QuerySelectorAll("td").Select(td => td.TextContent.Trim())];

    [Fact]
    public async Task The_second_of_two_editors_to_save_a_resource_gets_409_with_the_others_change_and_their_own_values_kept_then_can_save_anyway()
    {
        var (first, second) = await TwoEditorsAsync();
        var id = (await ResourceAsync("test-hotline")).Id;
        var firstPage = await first.GetDocumentAsync($"/editor/resources/edit/{id}");
        var secondPage = await second.GetDocumentAsync($"/editor/resources/edit/{id}");

        var firstSave = await first.SubmitAsync(firstPage, "form.editor-form", new Dictionary<string, string> { ["Input.Hours"] = "Weekdays 9 to 5" });
        var secondSave = await second.SubmitAsync(secondPage, "form.editor-form", new Dictionary<string, string>
        {
            ["Input.Name"] = "Test Hotline (national)",
            ["Input.Description"] = "Rewritten by the second editor.",
        });

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondSave.StatusCode);
        var stored = await ResourceAsync("test-hotline");
        Assert.Equal(("Test Hotline", "Weekdays 9 to 5", 1), (stored.Name, stored.Hours, stored.Version));

        var conflict = await Html.ParseAsync(secondSave);
        Assert.Contains($"Not saved: {EditorSignIn.Email} saved this resource after you opened it", conflict.QuerySelector(".error-summary")!.TextContent);
        var hours = ConflictRow(conflict, "Note on hours");
        Assert.Equal(["24/7", "Weekdays 9 to 5"], hours.Take(2));
        Assert.Contains(EditorSignIn.Email, hours[2]);
        Assert.Contains("Weekdays 9 to 5", conflict.QuerySelector("#Input_Hours-error")!.TextContent);
        Assert.Equal("true", conflict.QuerySelector("#Input_Hours")!.GetAttribute("aria-invalid"));
        Assert.NotNull(conflict.QuerySelector(".error-summary a[href='#Input_Hours']"));
        Assert.Null(conflict.QuerySelector(".conflict tbody tr th a[href='#Input_Name']"));
        Assert.Equal("Test Hotline (national)", conflict.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.Equal("Rewritten by the second editor.", conflict.QuerySelector("#Input_Description")!.TextContent);
        Assert.Equal("24/7", conflict.QuerySelector("#Input_Hours")!.GetAttribute("value"));
        Assert.Equal("Save my version anyway", conflict.QuerySelector("form.editor-form button[type=submit]")!.TextContent);
        var discard = conflict.QuerySelector(".conflict .actions a")!;
        Assert.Equal("Discard my changes", discard.TextContent);
        Assert.Equal("Weekdays 9 to 5", (await second.GetDocumentAsync(discard.GetAttribute("href")!)).QuerySelector("#Input_Hours")!.GetAttribute("value"));

        var anyway = await second.SubmitAsync(conflict, "form.editor-form");

        Assert.Equal(HttpStatusCode.Redirect, anyway.StatusCode);
        stored = await ResourceAsync("test-hotline");
        Assert.Equal(("Test Hotline (national)", "Rewritten by the second editor.", "24/7", 2), (stored.Name, stored.Description, stored.Hours, stored.Version));
    }

    [Fact]
    public async Task The_second_of_two_editors_to_save_an_event_gets_409_with_the_others_change_and_their_own_values_kept_then_can_save_anyway()
    {
        var (first, second) = await TwoEditorsAsync();
        var id = (await EventAsync("winter-vigil-2030")).Id;
        var firstPage = await first.GetDocumentAsync($"/editor/events/edit/{id}");
        var secondPage = await second.GetDocumentAsync($"/editor/events/edit/{id}");

        var firstSave = await first.SubmitAsync(firstPage, "form.editor-form", new Dictionary<string, string>
        {
            ["Input.Place"] = "Federal Plaza, Chicago",
            ["Input.Start"] = "2030-01-15T18:30",
        });
        var secondSave = await second.SubmitAsync(secondPage, "form.editor-form", new Dictionary<string, string> { ["Input.Title"] = "Winter vigil and march" });

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondSave.StatusCode);
        var stored = await EventAsync("winter-vigil-2030");
        Assert.Equal(("Winter vigil", "Federal Plaza, Chicago", 1), (stored.Title, stored.Place, stored.Version));

        var conflict = await Html.ParseAsync(secondSave);
        var place = ConflictRow(conflict, "Place (for in-person events)");
        Assert.Equal(["City Hall steps, Chicago", "Federal Plaza, Chicago"], place.Take(2));
        Assert.Contains(EditorSignIn.Email, place[2]);
        Assert.Equal(["2030-01-15 18:00", "2030-01-15 18:30"], ConflictRow(conflict, "Starts (local time)").Take(2));
        Assert.Contains("Federal Plaza, Chicago", conflict.QuerySelector("#Input_Place-error")!.TextContent);
        Assert.Equal("Winter vigil and march", conflict.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.Equal("City Hall steps, Chicago", conflict.QuerySelector("#Input_Place")!.GetAttribute("value"));

        var anyway = await second.SubmitAsync(conflict, "form.editor-form", new Dictionary<string, string> { ["Input.Place"] = "Federal Plaza, Chicago" });

        Assert.Equal(HttpStatusCode.Redirect, anyway.StatusCode);
        stored = await EventAsync("winter-vigil-2030");
        Assert.Equal(("Winter vigil and march", "Federal Plaza, Chicago", 2), (stored.Title, stored.Place, stored.Version));
        Assert.Equal(new DateTime(2030, 1, 16, 0, 0, 0, DateTimeKind.Utc), stored.Start);
    }

    [Fact]
    public async Task Two_saves_racing_from_the_same_form_store_one_and_answer_the_other_409()
    {
        var (first, second) = await TwoEditorsAsync();
        var id = (await ResourceAsync("test-hotline")).Id;
        var firstPage = await first.GetDocumentAsync($"/editor/resources/edit/{id}");
        var secondPage = await second.GetDocumentAsync($"/editor/resources/edit/{id}");

        var responses = await Task.WhenAll(
            first.SubmitAsync(firstPage, "form.editor-form", new Dictionary<string, string> { ["Input.Hours"] = "Mornings" }),
            second.SubmitAsync(secondPage, "form.editor-form", new Dictionary<string, string> { ["Input.Hours"] = "Evenings" }));

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var stored = await ResourceAsync("test-hotline");
        Assert.Equal(1, stored.Version);
        var refused = await Html.ParseAsync(responses.Single(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(stored.Hours, ConflictRow(refused, "Note on hours")[1]);
    }

    [Fact]
    public async Task Deleting_from_a_page_opened_before_another_editors_save_is_refused_with_409_until_the_page_is_current()
    {
        var (first, second) = await TwoEditorsAsync();
        var id = (await ResourceAsync("test-hotline")).Id;
        var deleterPage = await first.GetDocumentAsync($"/editor/resources/edit/{id}");
        await second.SubmitAsync($"/editor/resources/edit/{id}", "form.editor-form", new Dictionary<string, string> { ["Input.Hours"] = "Closed for now" });

        var refused = await first.SubmitAsync(deleterPage, "form.danger-zone");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Null((await ResourceAsync("test-hotline")).DeletedAt);
        var page = await Html.ParseAsync(refused);
        Assert.Contains($"Not deleted: {OtherEmail} changed this resource after you opened the page", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Closed for now", page.QuerySelector("#Input_Hours")!.GetAttribute("value"));

        var deleted = await first.SubmitAsync(page, "form.danger-zone");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.NotNull((await ResourceAsync("test-hotline")).DeletedAt);
    }
}
