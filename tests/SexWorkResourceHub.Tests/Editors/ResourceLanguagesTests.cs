using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Editors;

/// <summary>Languages are ticked from the site's list in the form, stored as codes and shown by name.</summary>
public sealed class ResourceLanguagesTests : IDisposable
{
    private const string Name = "Harbor Health Collective";

    private readonly HubFactory _factory = new("Production");

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> ValidResource() => new()
    {
        ["Input.Name"] = Name,
        ["Input.Kind"] = "health",
        ["Input.Description"] = "Sexual health clinic evenings run with sex workers.",
        ["Input.Url"] = "https://harbor.example.org",
        ["Input.Areas[0].Place"] = "US",
        ["Input.SexWorkerLed"] = "yes",
    };

    private async Task<List<string>?> SavedLanguagesAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var resource = await scope.ServiceProvider.GetRequiredService<HubDbContext>().AllResources.SingleOrDefaultAsync(r => r.Name == Name);
        return resource?.Languages;
    }

    [Fact]
    public async Task Get_NewResource_ShowsLanguagesAsNamedCheckboxesInAFieldsetWithEnglishTicked()
    {
        var editor = await _factory.SignedInEditorAsync();

        var page = await editor.GetDocumentAsync("/editor/resources/edit");

        var group = page.QuerySelector("form.editor-form fieldset#Input_Languages")!;
        Assert.Equal("Languages it works in", group.QuerySelector("legend")!.TextContent.Trim());
        var boxes = group.QuerySelectorAll("input[type=checkbox]").Cast<IHtmlInputElement>().ToList();
        Assert.All(boxes, b => Assert.Equal("Input.Languages", b.Name));
        Assert.Equal(["en", "es", "fr", "pt", "ht", "zh", "vi", "ko", "tl", "ar", "ru", "uk", "pl", "hi", "th", "ase"], boxes.Select(b => b.Value));
        Assert.Equal("American Sign Language", group.QuerySelector("label[for='Input_Languages_ase']")!.TextContent);
        Assert.Equal("Haitian Creole", group.QuerySelector("label[for='Input_Languages_ht']")!.TextContent);
        Assert.Equal(["en"], boxes.Where(b => b.IsChecked).Select(b => b.Value));
        Assert.Null(page.QuerySelector("input[type=text][name='Input.Languages']"));
    }

    [Fact]
    public async Task Post_TickedLanguages_AreStoredAsCodesAndTheCardShowsTheirNames()
    {
        var editor = await _factory.SignedInEditorAsync();
        var page = await editor.GetDocumentAsync("/editor/resources/edit");
        ((IHtmlInputElement)page.QuerySelector("#Input_Languages_en")!).IsChecked = false;
        ((IHtmlInputElement)page.QuerySelector("#Input_Languages_ase")!).IsChecked = true;
        ((IHtmlInputElement)page.QuerySelector("#Input_Languages_ht")!).IsChecked = true;

        var response = await editor.SubmitAsync(page, "form.editor-form", ValidResource());
        var card = (await _factory.CreateClient().GetDocumentAsync("/resources")).QuerySelector("#resource-harbor-health-collective")!;

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["ht", "ase"], await SavedLanguagesAsync());
        Assert.Contains("Haitian Creole, American Sign Language", card.TextContent);
        var edit = await editor.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(["ht", "ase"], edit.QuerySelectorAll("#Input_Languages input[type=checkbox]:checked").Select(b => b.GetAttribute("value")));
    }

    [Fact]
    public async Task Post_NoLanguageTicked_StoresNoLanguages()
    {
        var editor = await _factory.SignedInEditorAsync();
        var page = await editor.GetDocumentAsync("/editor/resources/edit");
        ((IHtmlInputElement)page.QuerySelector("#Input_Languages_en")!).IsChecked = false;

        var response = await editor.SubmitAsync(page, "form.editor-form", ValidResource());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([], await SavedLanguagesAsync());
    }

    [Fact]
    public async Task Post_UnknownLanguageCode_Returns400WithFieldMessageAndSavesNothing()
    {
        var editor = await _factory.SignedInEditorAsync();
        var values = ValidResource();
        values["Input.Languages"] = "xx";

        var response = await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", values);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("'xx' is not a language this site knows. Tick the languages from the list.", page.QuerySelector("#Input_Languages-error")!.TextContent);
        Assert.Equal("Input_Languages-error", page.QuerySelector("fieldset#Input_Languages")!.GetAttribute("aria-describedby"));
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#Input_Languages']"));
        // Shown ticked, so it is not dropped unseen; unticking it is the way to save.
        Assert.True(((IHtmlInputElement)page.QuerySelector("#Input_Languages input[value='xx']")!).IsChecked);
        Assert.Null(await SavedLanguagesAsync());
    }
}
