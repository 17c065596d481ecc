using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Editors;

public sealed class RecordEditingTests : IDisposable
{
    private readonly HubFactory _factory = new("Production");

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> ValidResource(string name = "Harbor Health Collective") => new()
    {
        ["Input.Name"] = name,
        ["Input.Kind"] = "health",
        ["Input.Description"] = "Sexual health clinic evenings run with sex workers.",
        ["Input.Url"] = "https://harbor.example.org",
        ["Input.Areas[0].Place"] = "US-MD",
        ["Input.Areas[0].City"] = "Baltimore",
        ["Input.Languages"] = "es",
        ["Input.SexWorkerLed"] = "yes",
        ["Input.CheckedOn"] = "2026-11-20",
        ["Input.CheckMethod"] = "phone",
    };

    private async Task<int> ResourceIdAsync(string slug)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().AllResources.Where(r => r.Slug == slug).Select(r => r.Id).SingleAsync();
    }

    [Fact]
    public async Task An_editor_creates_a_resource_that_readers_then_see()
    {
        var editor = await _factory.SignedInEditorAsync();

        var response = await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", ValidResource());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Matches(@"^/editor/resources/edit/\d+\?saved=true$", response.Headers.Location!.OriginalString);
        var directory = await _factory.CreateClient().GetDocumentAsync("/resources?kind=health");
        var entry = directory.QuerySelector("#resource-harbor-health-collective")!;
        Assert.Contains("Sexual health clinic evenings", entry.TextContent);
        Assert.Contains("Baltimore, Maryland", entry.TextContent);
    }

    [Fact]
    public async Task Invalid_input_is_shown_beside_each_field_with_what_was_typed_kept()
    {
        var editor = await _factory.SignedInEditorAsync();
        var values = ValidResource("");
        values["Input.Url"] = "javascript:alert(1)";
        values["Input.Areas[0].Place"] = "";
        values["Input.Description"] = "Kept text <b>as typed</b>";

        var response = await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", values);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("true", page.QuerySelector("#Input_Name")!.GetAttribute("aria-invalid"));
        Assert.Equal("Enter the resource's name.", page.QuerySelector("#Input_Name-error")!.TextContent);
        Assert.Equal("Input_Url-error", page.QuerySelector("#Input_Url")!.GetAttribute("aria-describedby"));
        Assert.Contains("https://", page.QuerySelector("#Input_Url-error")!.TextContent);
        Assert.Equal("javascript:alert(1)", page.QuerySelector("#Input_Url")!.GetAttribute("value"));
        Assert.Equal("Choose the country, state or region the city is in.", page.QuerySelector("#Input_Areas_0__Place-error")!.TextContent);
        Assert.Equal("Baltimore", page.QuerySelector("#Input_Areas_0__City")!.GetAttribute("value"));
        Assert.Equal("Kept text <b>as typed</b>", page.QuerySelector("#Input_Description")!.TextContent);
        Assert.Equal("health", page.QuerySelector("#Input_Kind option[selected]")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#Input_Name']"));
    }

    [Fact]
    public async Task Overlong_fields_get_a_message_not_an_error_page()
    {
        var editor = await _factory.SignedInEditorAsync();
        var values = ValidResource(new string('n', 5000));
        values["Input.Description"] = new string('d', 50_000);

        var response = await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", values);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 200 characters", page.QuerySelector("#Input_Name-error")!.TextContent);
        Assert.Contains("at most 2000 characters", page.QuerySelector("#Input_Description-error")!.TextContent);
    }

    [Fact]
    public async Task A_slug_already_in_use_is_refused_beside_the_field()
    {
        var editor = await _factory.SignedInEditorAsync();
        var values = ValidResource();
        values["Input.Slug"] = "test-hotline";

        var response = await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", values);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("already uses the address name 'test-hotline'", (await Html.ParseAsync(response)).QuerySelector("#Input_Slug-error")!.TextContent);
    }

    [Fact]
    public async Task Each_change_is_recorded_with_who_when_and_the_values_before_and_after()
    {
        var editor = await _factory.SignedInEditorAsync();
        var id = await ResourceIdAsync("test-hotline");
        var page = await editor.GetDocumentAsync($"/editor/resources/edit/{id}");

        await editor.SubmitAsync(page, "form.editor-form", new Dictionary<string, string> { ["Input.Hours"] = "Weekdays 9 to 5" });
        var history = (await editor.GetDocumentAsync($"/editor/resources/edit/{id}")).QuerySelector(".history")!;

        var entry = history.QuerySelector(".history-list li")!;
        Assert.Contains("Updated", entry.TextContent);
        Assert.Contains(EditorSignIn.Email, entry.TextContent);
        var row = entry.QuerySelectorAll(".changes tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Note on hours");
        Assert.Equal(["24/7", "Weekdays 9 to 5"], row.QuerySelectorAll("td").Select(td => td.TextContent));
    }

    [Fact]
    public async Task Deleting_hides_a_resource_and_restoring_brings_it_back_with_both_in_the_history()
    {
        var editor = await _factory.SignedInEditorAsync();
        var reader = _factory.CreateClient();
        var id = await ResourceIdAsync("test-hotline");

        await editor.SubmitAsync($"/editor/resources/edit/{id}", "form.danger-zone");
        var whileDeleted = await reader.GetStringAsync("/resources");
        var deletedList = await editor.GetStringAsync("/editor/resources?deleted=true");
        await editor.SubmitAsync($"/editor/resources/edit/{id}", ".status-banner form");
        var afterRestore = await reader.GetStringAsync("/resources");
        var history = (await editor.GetDocumentAsync($"/editor/resources/edit/{id}")).QuerySelectorAll(".history-list li > p strong").Select(s => s.TextContent);

        Assert.DoesNotContain("Test Hotline", whileDeleted);
        Assert.Contains("Test Hotline", deletedList);
        Assert.Contains("Test Hotline", afterRestore);
        Assert.Equal(["Restored", "Deleted"], history.Take(2));
    }

    [Fact]
    public async Task An_event_gets_its_time_zone_and_end_checked()
    {
        var editor = await _factory.SignedInEditorAsync();

        var response = await editor.SubmitAsync("/editor/events/edit", "form.editor-form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Evening chat",
            ["Input.Start"] = "2030-05-01T21:00",
            ["Input.End"] = "2030-05-01T20:00",
            ["Input.TimeZone"] = "Mars/Olympus_Mons",
            ["Input.Participation"] = "online-chat",
        });
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a time zone name", page.QuerySelector("#Input_TimeZone-error")!.TextContent);
        Assert.Equal("Mars/Olympus_Mons", page.QuerySelector("#Input_TimeZone")!.GetAttribute("value"));

        var fixedZone = await editor.SubmitAsync(page, "form.editor-form", new Dictionary<string, string> { ["Input.TimeZone"] = "America/New_York" });
        Assert.Contains("end must be after the start", (await Html.ParseAsync(fixedZone)).QuerySelector("#Input_End-error")!.TextContent);
    }

    [Theory]
    [InlineData("/editor/resources/edit", "Name,Kind,Description,Areas_0__Place,SexWorkerLed,Status", "Slug,Url,Phone,TextNumber,Tty,Tags,Alert,Fees,CheckedOn,CheckNote,Areas_0__City")]
    [InlineData("/editor/events/edit", "Title,Start,TimeZone,Participation,Status", "Slug,End,HowToJoin,Organiser,Url,Series,Description")]
    public async Task Editors_forms_mark_the_optional_fields_as_the_public_forms_do(string form, string required, string optional)
    {
        var editor = await _factory.SignedInEditorAsync();
        var page = await editor.GetDocumentAsync(form);

        string Label(string field) => page.QuerySelector($"label[for='Input_{field}']")!.TextContent;
        Assert.All(optional.Split(','), f => Assert.Contains("optional)", Label(f), StringComparison.Ordinal));
        Assert.All(required.Split(','), f => Assert.DoesNotContain("optional", Label(f), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_error_summary_lists_the_errors_in_the_order_of_the_fields()
    {
        var editor = await _factory.SignedInEditorAsync();

        var response = await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", new Dictionary<string, string>
        {
            ["Input.Slug"] = "Not A Slug",
            ["Input.Name"] = "",
            ["Input.Kind"] = "",
            ["Input.Description"] = "",
            ["Input.Url"] = "not a web address",
            ["Input.Schedule"] = "whenever",
            ["Input.Tags"] = "Bad Tag!",
        });
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fieldOrder = page.QuerySelectorAll("form.editor-form .field-error").Select(e => "#" + e.Id![..^"-error".Length]).ToList();
        var summaryOrder = page.QuerySelectorAll(".error-summary li a").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        Assert.Equal(["#Input_Name", "#Input_Slug", "#Input_Kind", "#Input_Description", "#Input_Url"], summaryOrder.Take(5));
        Assert.Equal(fieldOrder.Where(summaryOrder.Contains), summaryOrder);
    }

    [Fact]
    public async Task A_new_event_makes_the_editor_choose_how_people_take_part()
    {
        var editor = await _factory.SignedInEditorAsync();
        var form = await editor.GetDocumentAsync("/editor/events/edit");
        // Nothing chosen: the first option, which says to choose, is what the form shows.
        Assert.Null(form.QuerySelector("#Input_Participation option[selected]"));
        Assert.Equal(("", "Choose how people take part"), (form.QuerySelector("#Input_Participation option")!.GetAttribute("value"), form.QuerySelector("#Input_Participation option")!.TextContent));

        var response = await editor.SubmitAsync(form, "form.editor-form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Spring evening chat",
            ["Input.Start"] = "2030-05-01T21:00",
            ["Input.TimeZone"] = "America/New_York",
        });
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Choose how people take part.", page.QuerySelector("#Input_Participation-error")!.TextContent);
        Assert.Equal("Spring evening chat", page.QuerySelector("#Input_Title")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_new_event_is_stored_in_UTC_and_shown_in_its_zone()
    {
        var editor = await _factory.SignedInEditorAsync();

        var response = await editor.SubmitAsync("/editor/events/edit", "form.editor-form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Spring evening chat",
            ["Input.Start"] = "2030-05-01T21:00",
            ["Input.TimeZone"] = "America/New_York",
            ["Input.Participation"] = "online-chat",
            ["Input.HowToJoin"] = "Post with the hashtag.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await _factory.CreateClient().GetDocumentAsync("/events/spring-evening-chat");
        Assert.Equal("2030-05-02T01:00:00Z", page.QuerySelector(".event-facts time")!.GetAttribute("datetime"));
        Assert.StartsWith("Wednesday, May 1, 2030, 9:00 PM EDT", page.QuerySelector(".event-facts time")!.TextContent);
    }

    [Fact]
    public async Task An_event_description_linking_to_a_missing_article_is_refused_with_the_text_kept()
    {
        var editor = await _factory.SignedInEditorAsync();
        var description = "Read [the law](/articles/law-explained) and [the old piece](/articles/retired-piece) first.";

        var response = await editor.SubmitAsync("/editor/events/edit", "form.editor-form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Reading group",
            ["Input.Start"] = "2030-05-01T21:00",
            ["Input.TimeZone"] = "America/New_York",
            ["Input.Participation"] = "online-chat",
            ["Input.Description"] = description,
        });
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = page.QuerySelector("#Input_Description-error")!.TextContent;
        Assert.Contains("'/articles/retired-piece'", error);
        Assert.DoesNotContain("law-explained", error);
        Assert.Equal(description, page.QuerySelector("#Input_Description")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync("/events/reading-group")).StatusCode);

        var fixedLink = await editor.SubmitAsync(page, "form.editor-form", new Dictionary<string, string>
        {
            ["Input.Description"] = "Read [the law](/articles/law-explained) first.",
        });
        Assert.Equal(HttpStatusCode.Redirect, fixedLink.StatusCode);
    }

    [Fact]
    public async Task Unknown_record_ids_give_404()
    {
        var editor = await _factory.SignedInEditorAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/editor/resources/edit/99999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/editor/events/edit/99999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/editor/suggestions/99999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/editor/resources/edit?fromSuggestion=99999")).StatusCode);
    }

    [Fact]
    public async Task The_dashboard_lists_resources_due_for_a_check_and_content_problems()
    {
        await File.WriteAllTextAsync(_factory.ArticlePath("broken-file"), "---\ntitle: x\n---\nno summary\n");
        var editor = await _factory.SignedInEditorAsync();

        var dashboard = await editor.GetDocumentAsync("/editor");

        var due = dashboard.QuerySelector("section[aria-labelledby='due-heading']")!.TextContent;
        Assert.Contains("City Legal Clinic", due);
        Assert.Contains("Never checked", due);
        var problems = dashboard.QuerySelector("section[aria-labelledby='content-heading']")!.TextContent;
        Assert.Contains("articles/broken-file.md", problems);
        Assert.Contains("'summary' is required", problems);
    }
}
