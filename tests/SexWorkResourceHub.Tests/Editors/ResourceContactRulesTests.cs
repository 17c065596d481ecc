using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Editors;

/// <summary>The resource form's rules for contact numbers: refused beside the field, nothing saved.</summary>
public sealed class ResourceContactRulesTests : IDisposable
{
    private const string Name = "Harbor Health Collective";

    private readonly HubFactory _factory = new("Production");

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> ValidResource() => new()
    {
        ["Input.Name"] = Name,
        ["Input.Kind"] = "hotline",
        ["Input.Description"] = "A support line run with sex workers.",
        ["Input.Areas[0].Place"] = "US",
        ["Input.SexWorkerLed"] = "yes",
        ["Input.Phone"] = "1-888-373-7888",
    };

    private async Task<bool> SavedAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().AllResources.AnyAsync(r => r.Name == Name);
    }

    private async Task AssertRefusedAsync(string field, string typed, string message)
    {
        var editor = await _factory.SignedInEditorAsync();
        var values = ValidResource();
        values[$"Input.{field}"] = typed;

        var response = await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", values);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, page.QuerySelector($"#Input_{field}-error")!.TextContent);
        Assert.Equal("true", page.QuerySelector($"#Input_{field}")!.GetAttribute("aria-invalid"));
        Assert.Equal(typed, page.QuerySelector($"#Input_{field}")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector($".error-summary a[href='#Input_{field}']"));
        Assert.False(await SavedAsync());
    }

    [Fact]
    public Task Post_PhoneWithLetters_Returns400WithFieldMessageAndSavesNothing() =>
        AssertRefusedAsync("Phone", "1-800-799-SAFE",
            "Enter a phone number a reader can dial: a US number such as 1-888-373-7888, a short code such as 711 or 988, or an international number starting with + such as +44 20 7946 0958.");

    [Fact]
    public Task Post_TextNumberWithPlusInTheMiddle_Returns400WithFieldMessageAndSavesNothing() =>
        AssertRefusedAsync("TextNumber", "233+733",
            "Enter a number a reader can text: a US number such as 1-888-373-7888, a short code such as 233733 or 988, or an international number starting with + such as +44 20 7946 0958.");

    [Fact]
    public Task Post_TtyWithExtension_Returns400WithFieldMessageAndSavesNothing() =>
        AssertRefusedAsync("Tty", "1-800-555-0100 ext. 4",
            "Enter a TTY number a reader can dial: a US number such as 1-888-373-7888, a short code such as 711 or 988, or an international number starting with + such as +44 20 7946 0958.");

    [Fact]
    public async Task Post_InternationalNumbers_AreSavedAndTheCardLinksThemWithTheirPlus()
    {
        var editor = await _factory.SignedInEditorAsync();
        var values = ValidResource();
        values["Input.Phone"] = "+44 20 7946 0958";
        values["Input.TextNumber"] = "+44 7700 900123";
        values["Input.Tty"] = "988";

        var response = await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", values);
        var card = (await _factory.CreateClient().GetDocumentAsync("/resources")).QuerySelector("#resource-harbor-health-collective")!;

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["tel:+442079460958", "sms:+447700900123", "tel:988"], card.QuerySelectorAll(".contact a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["+44 20 7946 0958", "+44 7700 900123", "988"], card.QuerySelectorAll(".contact a").Select(a => a.TextContent));
    }
}
