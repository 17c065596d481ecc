using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Tests.Support;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Data.Seeding;

namespace SexWorkResourceHub.Tests.Data;

/// <summary>
/// A resource's and an event's texts in Spanish: given under `es:` in the seed, edited in the editors'
/// forms, stored beside the English and shown to Spanish readers, with the English (marked) where a text
/// has no Spanish.
/// </summary>
public sealed class RecordTranslationsTests : IDisposable
{
    private readonly TempContent _folder = new();
    private readonly HubFactory _factory = new("Production");

    public void Dispose()
    {
        _factory.Dispose();
        _folder.Dispose();
    }

    private (List<Resource> Resources, List<ContentProblem> Problems) ReadResource(string extra)
    {
        var path = _folder.Write("resources.yaml",
            "resources:\n  - slug: one\n    name: One\n    kind: hotline\n    url: https://one.example.org\n    description: A line.\n    hours: Evenings.\n    areas: [{ country: US }]\n" + extra + "\n");
        var problems = new List<ContentProblem>();
        return (SeedReader.ReadResources(path, new DateOnly(2026, 12, 1), problems), problems);
    }

    private async Task<T> StoredAsync<T>(Func<HubDbContext, Task<T>> read)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<HubDbContext>());
    }

    [Fact]
    public void The_seed_reads_spanish_texts_under_es_and_leaves_out_what_is_not_given()
    {
        var (resources, problems) = ReadResource("""
                es:
                  description: Una línea.
                  hours: "  "
            """);

        Assert.Empty(problems);
        var spanish = Assert.Single(resources).Translations["es"];
        Assert.Equal(new ResourceText { Description = "Una línea." }, spanish);
    }

    [Fact]
    public void A_wrong_key_or_shape_under_es_is_reported_at_its_line_and_the_entry_still_loads()
    {
        var (resources, problems) = ReadResource("""
                es:
                  descripcion: Una línea.
            """);
        var (scalar, scalarProblems) = ReadResource("    es: Una línea.");

        var unknown = Assert.Single(problems);
        Assert.False(unknown.Fatal);
        Assert.Equal(10, unknown.Line);
        Assert.Contains("unknown field under 'es' 'descripcion'", unknown.Message, StringComparison.Ordinal);
        Assert.Empty(Assert.Single(resources).Translations);
        Assert.Contains(scalarProblems, p => p.Message.Contains("'es' must be the entry's texts in Spanish", StringComparison.Ordinal));
        Assert.Empty(scalar);
    }

    [Fact]
    public void Exported_seed_keeps_the_spanish_texts()
    {
        var (resources, _) = ReadResource("""
                es:
                  description: Una línea.
                  first_contact: Llame.
            """);

        var again = _folder.Write("again.yaml", SeedExporter.Resources(resources));
        var problems = new List<ContentProblem>();
        var read = SeedReader.ReadResources(again, new DateOnly(2026, 12, 1), problems);

        Assert.Empty(problems);
        Assert.Equal(resources[0].Translations["es"], Assert.Single(read).Translations["es"]);
    }

    [Fact]
    public async Task An_editor_writes_a_spanish_description_and_spanish_readers_see_it_while_the_english_stays()
    {
        var editor = await _factory.SignedInEditorAsync();
        var id = (await StoredAsync(db => db.AllResources.SingleAsync(r => r.Slug == "test-hotline"))).Id;
        var form = await editor.GetDocumentAsync($"/editor/resources/edit/{id}");
        Assert.NotNull(form.QuerySelector("fieldset.translation[lang=es] textarea[name='Input.Translations[es].Description']"));

        var saved = await editor.SubmitAsync(form, "form.editor-form", new Dictionary<string, string>
        {
            ["Input.Translations[es].Description"] = "  Una línea de prueba en español.  ",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await StoredAsync(db => db.AllResources.AsNoTracking().SingleAsync(r => r.Slug == "test-hotline"));
        Assert.Equal("Una línea de prueba en español.", stored.Translations["es"].Description);
        Assert.Null(stored.Translations["es"].Hours);

        var reader = _factory.CreateClient();
        var spanish = (await reader.GetDocumentAsync("/es/resources")).QuerySelector("#resource-test-hotline")!;
        Assert.Equal(("Una línea de prueba en español.", null), (spanish.QuerySelector("h3 + p")!.TextContent, spanish.QuerySelector("h3 + p")!.GetAttribute("lang")));
        // The note on hours has no Spanish: the English shows, marked as English.
        Assert.Equal("en", spanish.QuerySelector(".hours span[lang]")!.GetAttribute("lang"));
        var english = (await reader.GetDocumentAsync("/resources")).QuerySelector("#resource-test-hotline")!;
        Assert.Equal(stored.Description, english.QuerySelector("h3 + p")!.TextContent);

        var reopened = await editor.GetDocumentAsync($"/editor/resources/edit/{id}");
        Assert.Equal("Una línea de prueba en español.", reopened.QuerySelector("textarea[name='Input.Translations[es].Description']")!.TextContent);
        Assert.Contains("description: Una línea de prueba en español.", reopened.QuerySelector(".history")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spanish_text_that_is_too_long_gets_a_400_beside_its_box_and_nothing_is_saved()
    {
        var editor = await _factory.SignedInEditorAsync();
        var before = await StoredAsync(db => db.AllResources.AsNoTracking().SingleAsync(r => r.Slug == "test-hotline"));

        var response = await editor.SubmitAsync($"/editor/resources/edit/{before.Id}", "form.editor-form", new Dictionary<string, string>
        {
            ["Input.Translations[es].Alert"] = new string('a', FieldLimits.Alert + 1),
        });
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"at most {FieldLimits.Alert} characters", page.QuerySelector("[id='Input_Translations_es__Alert-error']")!.TextContent, StringComparison.Ordinal);
        var after = await StoredAsync(db => db.AllResources.AsNoTracking().SingleAsync(r => r.Slug == "test-hotline"));
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task An_event_s_spanish_title_reaches_the_spanish_page_and_calendar()
    {
        var editor = await _factory.SignedInEditorAsync();
        var ev = await StoredAsync(db => db.AllEvents.AsNoTracking().OrderBy(e => e.Id).FirstAsync());

        var saved = await editor.SubmitAsync($"/editor/events/edit/{ev.Id}", "form.editor-form", new Dictionary<string, string>
        {
            ["Input.Translations[es].Title"] = "Título de prueba",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await _factory.CreateClient().GetDocumentAsync($"/es/events/{ev.Slug}");
        Assert.Equal(("Título de prueba", null), (page.QuerySelector("h1")!.TextContent, page.QuerySelector("h1")!.GetAttribute("lang")));
        var calendar = await ServedCalendar.GetAsync(_factory.CreateClient(), $"/es/events/{ev.Slug}.ics");
        Assert.Equal("Título de prueba", Assert.Single(calendar.Events).Summary);
        var english = await _factory.CreateClient().GetDocumentAsync($"/events/{ev.Slug}");
        Assert.Equal(ev.Title, english.QuerySelector("h1")!.TextContent);
    }
}
