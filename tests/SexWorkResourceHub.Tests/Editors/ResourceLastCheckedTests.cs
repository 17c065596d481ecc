using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Editors;

/// <summary>The form's "last checked" date, against today from the site's clock.</summary>
public sealed class ResourceLastCheckedTests : IDisposable
{
    private const string Name = "Harbor Health Collective";

    private readonly HubFactory _factory = new("Production")
    {
        ConfigureTestServices = services => services.AddSingleton<TimeProvider>(FixedTimeProvider.At("2026-12-01T12:00:00Z")),
    };

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> ValidResource(string lastVerified) => new()
    {
        ["Input.Name"] = Name,
        ["Input.Kind"] = "hotline",
        ["Input.Description"] = "A support line run with sex workers.",
        ["Input.Region"] = "national",
        ["Input.SexWorkerLed"] = "yes",
        ["Input.Phone"] = "1-888-373-7888",
        ["Input.LastVerified"] = lastVerified,
    };

    private async Task<DateOnly?[]> SavedDatesAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().AllResources
            .Where(r => r.Name == Name).Select(r => r.LastVerified).ToArrayAsync();
    }

    [Fact]
    public async Task Post_LastVerifiedTomorrow_Returns400WithFieldMessageAndSavesNothing()
    {
        var editor = await _factory.SignedInEditorAsync();

        var response = await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", ValidResource("2026-12-02"));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The last checked date can't be in the future. Enter the day someone last checked these details.", page.QuerySelector("#Input_LastVerified-error")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#Input_LastVerified")!.GetAttribute("aria-invalid"));
        Assert.Equal("2026-12-02", page.QuerySelector("#Input_LastVerified")!.GetAttribute("value"));
        Assert.Empty(await SavedDatesAsync());
    }

    [Fact]
    public async Task Post_LastVerifiedToday_IsSaved()
    {
        var editor = await _factory.SignedInEditorAsync();

        var response = await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", ValidResource("2026-12-01"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([new DateOnly(2026, 12, 1)], await SavedDatesAsync());
    }
}
