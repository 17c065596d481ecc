using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Tests.Support;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Tests.Pages;

/// <summary>
/// Places have fields (country, state or region, city) and one spelling: the directory's "Where" list
/// offers each place once, and a choice finds everything that works there.
/// </summary>
public sealed class ResourcePlacesTests : IDisposable
{
    private readonly HubFactory _factory = new("Production");

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> NewResource(string name, params (string Place, string City)[] rows)
    {
        var values = new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Kind"] = "support-service",
            ["Input.Description"] = "Drop-in support.",
            ["Input.Url"] = "https://example.org/" + name.Replace(' ', '-'),
        };
        for (var i = 0; i < 3; i++)
        {
            values[$"Input.Areas[{i}].Place"] = i < rows.Length ? rows[i].Place : "";
            values[$"Input.Areas[{i}].City"] = i < rows.Length ? rows[i].City : "";
        }

        return values;
    }

    private async Task AddAsync(HttpClient editor, string name, params (string Place, string City)[] rows)
    {
        var response = await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", NewResource(name, rows));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<List<string>> NamesAsync(string url)
    {
        var document = await _factory.CreateClient().GetDocumentAsync(url);
        return [.. document.QuerySelectorAll(".resource h3").Select(h => h.TextContent.Trim()).Order()];
    }

    private static List<(string? Value, string Label)> Choices(IDocument page) =>
        [.. page.QuerySelectorAll("#filter-region option").Select(o => (o.GetAttribute("value"), o.TextContent.Trim()))];

    [Fact]
    public async Task The_where_list_offers_each_place_once_by_country_with_each_state_before_its_cities()
    {
        var editor = await _factory.SignedInEditorAsync();
        await AddAsync(editor, "Rose City Outreach", ("US-OR", "Portland"));
        await AddAsync(editor, "Willamette Peers", ("US-OR", " portland "));
        await AddAsync(editor, "Casco Bay Drop-in", ("US-ME", "Portland"));

        var page = await _factory.CreateClient().GetDocumentAsync("/resources");

        Assert.Equal(
            [("", "Anywhere"), ("international", "International"), ("US", "Across the United States"),
             ("US-ME", "Maine"), ("US-ME/Portland", "Portland, Maine"), ("US-NY", "New York"), ("US-NY/New York City", "New York City, New York"),
             ("US-OR", "Oregon"), ("US-OR/Portland", "Portland, Oregon"), ("US-RI", "Rhode Island")],
            Choices(page));
        Assert.Equal("United States", page.QuerySelector("#filter-region optgroup")!.GetAttribute("label"));
    }

    [Fact]
    public async Task A_city_finds_its_own_services_and_its_states_but_not_a_city_of_the_same_name_elsewhere()
    {
        var editor = await _factory.SignedInEditorAsync();
        await AddAsync(editor, "Rose City Outreach", ("US-OR", "Portland"));
        await AddAsync(editor, "Willamette Peers", ("US-OR", "PORTLAND"));
        await AddAsync(editor, "Oregon Rights Line", ("US-OR", ""));
        await AddAsync(editor, "Casco Bay Drop-in", ("US-ME", "Portland"));
        await AddAsync(editor, "Two City Care", ("US-NV", "Las Vegas"), ("US-OR", "Portland"));

        Assert.Equal(["Oregon Rights Line", "Rose City Outreach", "Two City Care", "Willamette Peers"], await NamesAsync("/resources?region=US-OR%2FPortland"));
        Assert.Equal(["Oregon Rights Line", "Rose City Outreach", "Two City Care", "Willamette Peers"], await NamesAsync("/resources?region=US-OR"));
        Assert.Equal(["Casco Bay Drop-in"], await NamesAsync("/resources?region=US-ME%2Fportland"));
        Assert.Equal(["Two City Care"], await NamesAsync("/resources?region=US-NV"));
        var card = (await _factory.CreateClient().GetDocumentAsync("/resources")).QuerySelector("#resource-two-city-care")!;
        Assert.Contains("Las Vegas, Nevada and Portland, Oregon", card.TextContent);
    }

    [Theory]
    [InlineData("/resources?region=Rhode+Island", "US-RI", "Ocean State Advocates")]
    [InlineData("/resources?region=New+York+City%2C+NY", "US-NY/New York City", "City Legal Clinic")]
    [InlineData("/resources?region=national", "US", "Test Hotline")]
    public async Task Links_made_before_places_had_fields_still_find_the_place(string url, string chosen, string name)
    {
        var page = await _factory.CreateClient().GetDocumentAsync(url);

        Assert.Equal(chosen, page.QuerySelector("#filter-region option[selected]")!.GetAttribute("value"));
        Assert.Equal([name], page.QuerySelectorAll(".resource h3").Select(h => h.TextContent.Trim()));
    }

    [Theory]
    [InlineData("/resources?region=US-OR")]
    [InlineData("/resources?region=CA")]
    [InlineData("/resources?region=US-ZZ")]
    [InlineData("/resources?region=Portland")]
    public async Task A_place_no_listed_resource_works_in_gets_400_beside_the_where_list(string url)
    {
        var response = await _factory.CreateClient().GetAsync(url);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.EndsWith("We don't list resources for that place. Choose one from the list.", page.QuerySelector("#region-error")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_editors_form_saves_places_with_fields_and_refuses_a_city_written_with_its_state()
    {
        var editor = await _factory.SignedInEditorAsync();

        var refused = await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", NewResource("Rose City Outreach", ("US-OR", "Portland, OR")));
        var refusedPage = await Html.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.EndsWith("Write the city alone, without a comma: choose its state or territory in the list beside it.",
            refusedPage.QuerySelector("#Input_Areas_0__City-error")!.TextContent.Trim());
        Assert.Equal("US-OR", refusedPage.QuerySelector("#Input_Areas_0__Place option[selected]")!.GetAttribute("value"));

        var noState = await Html.ParseAsync(await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", NewResource("Rose City Outreach", ("US", "Portland"))));
        Assert.EndsWith("Choose the state or territory Portland is in: a city needs one.", noState.QuerySelector("#Input_Areas_0__Place-error")!.TextContent.Trim());

        var twice = await Html.ParseAsync(await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", NewResource("Rose City Outreach", ("US-OR", "Portland"), ("US-OR", "portland"))));
        Assert.EndsWith("Portland, Oregon is listed twice: clear one of them.", twice.QuerySelector("#Input_Areas_1__Place-error")!.TextContent.Trim());

        var none = NewResource("Rose City Outreach");
        var nowhere = await Html.ParseAsync(await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", none));
        Assert.Contains("Choose where it works", nowhere.QuerySelector("#Input_Areas_0__Place-error")!.TextContent.Trim());

        none["Input.International"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", none)).StatusCode);
        await AddAsync(editor, "Two City Care", ("US-NV", "  Las   Vegas "), ("", ""), ("US-OR", "Portland"));

        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        Assert.Empty((await db.AllResources.SingleAsync(r => r.Slug == "rose-city-outreach")).Areas);
        Assert.Equal(
            [new ServiceArea { Country = "US", Region = "NV", City = "Las Vegas" }, new ServiceArea { Country = "US", Region = "OR", City = "Portland" }],
            (await db.AllResources.SingleAsync(r => r.Slug == "two-city-care")).Areas);
    }

    [Fact]
    public async Task The_form_opens_with_the_places_saved_and_blank_rows_to_add_more()
    {
        var editor = await _factory.SignedInEditorAsync();
        await AddAsync(editor, "Two City Care", ("US-NV", "Las Vegas"), ("US-OR", "Portland"));
        int id;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<HubDbContext>().AllResources.Where(r => r.Slug == "two-city-care").Select(r => r.Id).SingleAsync();
        }

        var page = await editor.GetDocumentAsync($"/editor/resources/edit/{id}");

        var rows = page.QuerySelectorAll("fieldset.place-row");
        Assert.Equal(3, rows.Length);
        Assert.Equal(["US-NV", "US-OR", ""], rows.Select(r => r.QuerySelector("select option[selected]")?.GetAttribute("value") ?? ""));
        Assert.Equal(["Las Vegas", "Portland", ""], rows.Select(r => r.QuerySelector("input")!.GetAttribute("value") ?? ""));
    }
}
