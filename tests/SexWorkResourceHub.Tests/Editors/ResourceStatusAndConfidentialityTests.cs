using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Editors;

/// <summary>
/// Whether a resource is open, and what it says it does with what people tell it: entered by an editor,
/// refused without a source, and shown to readers on the card in words.
/// </summary>
public sealed class ResourceStatusAndConfidentialityTests : IDisposable
{
    private const string Name = "Harbor Night Line";
    private const string Anchor = "#resource-harbor-night-line";

    private readonly HubFactory _factory = new("Production")
    {
        ConfigureTestServices = services => services.AddSingleton<TimeProvider>(FixedTimeProvider.At("2026-12-01T12:00:00Z")),
    };

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> Line(Dictionary<string, string>? extra = null)
    {
        var values = new Dictionary<string, string>
        {
            ["Input.Name"] = Name,
            ["Input.Kind"] = "hotline",
            ["Input.Description"] = "A night support line run with sex workers.",
            ["Input.Areas[0].Place"] = "US",
            ["Input.SexWorkerLed"] = "yes",
            ["Input.Phone"] = "1-888-373-7888",
            ["Input.CheckedOn"] = "2026-11-30",
            ["Input.CheckMethod"] = "website",
        };
        foreach (var (key, value) in extra ?? [])
        {
            values[key] = value;
        }

        return values;
    }

    private async Task<Resource?> SavedAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().AllResources.AsNoTracking().SingleOrDefaultAsync(r => r.Name == Name);
    }

    [Fact]
    public async Task A_statement_without_its_source_and_date_is_refused_and_nothing_is_saved()
    {
        var editor = await _factory.SignedInEditorAsync();

        var response = await editor.SubmitAsync("/editor/resources/edit", "form.editor-form",
            Line(new() { ["Input.Confidentiality"] = "It says it may pass what you tell it to police." }));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Give the web address where the service (or its funder) says this. A statement without a source is not published.",
            page.QuerySelector("#Input_ConfidentialitySource-error")!.TextContent);
        Assert.Equal("Enter the day you read the source.", page.QuerySelector("#Input_ConfidentialityChecked-error")!.TextContent);
        Assert.Equal("It says it may pass what you tell it to police.", page.QuerySelector("#Input_Confidentiality")!.TextContent.Trim());
        Assert.Null(await SavedAsync());
    }

    [Fact]
    public async Task A_source_read_tomorrow_is_refused()
    {
        var editor = await _factory.SignedInEditorAsync();

        var response = await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", Line(new()
        {
            ["Input.Confidentiality"] = "It says it may pass what you tell it to police.",
            ["Input.ConfidentialitySource"] = "https://harbor.example.org/privacy",
            ["Input.ConfidentialityChecked"] = "2026-12-02",
        }));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The day you read the source can't be in the future.", page.QuerySelector("#Input_ConfidentialityChecked-error")!.TextContent);
        Assert.Null(await SavedAsync());
    }

    [Fact]
    public async Task A_statement_with_its_source_shows_on_the_card_with_where_and_when()
    {
        var editor = await _factory.SignedInEditorAsync();

        var response = await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", Line(new()
        {
            ["Input.Confidentiality"] = "It says it may pass what you tell it to police.",
            ["Input.ConfidentialitySource"] = "https://harbor.example.org/privacy",
            ["Input.ConfidentialityChecked"] = "2026-11-30",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var card = (await _factory.CreateClient().GetDocumentAsync("/resources")).QuerySelector(Anchor)!;
        var statement = card.QuerySelector(".confidentiality")!;
        Assert.Contains("It says it may pass what you tell it to police.", statement.TextContent);
        Assert.Equal("https://harbor.example.org/privacy", statement.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("2026-11-30", statement.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("November 30, 2026", statement.TextContent);
    }

    [Fact]
    public async Task A_card_without_a_statement_says_plainly_that_we_have_none()
    {
        var editor = await _factory.SignedInEditorAsync();

        await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", Line());

        var card = (await _factory.CreateClient().GetDocumentAsync("/resources")).QuerySelector(Anchor)!;
        Assert.Contains("We have no statement from this service about what it does with what you tell it.",
            card.QuerySelector(".confidentiality")!.TextContent);
        Assert.Null(card.QuerySelector(".confidentiality a"));
    }

    [Fact]
    public async Task A_temporarily_closed_resource_stays_listed_with_its_notice()
    {
        var editor = await _factory.SignedInEditorAsync();

        await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", Line(new()
        {
            ["Input.Status"] = "temporarily-closed",
            ["Input.Alert"] = "Text line down until June 3",
        }));

        var card = (await _factory.CreateClient().GetDocumentAsync("/resources")).QuerySelector(Anchor)!;
        Assert.Equal("Temporarily closed. Text line down until June 3", string.Join(' ', card.QuerySelector(".resource-alert")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(ResourceStatus.TemporarilyClosed, (await SavedAsync())!.Status);
    }

    [Fact]
    public async Task A_closed_resource_leaves_the_directory_and_get_help_but_stays_in_the_data_for_editors()
    {
        var editor = await _factory.SignedInEditorAsync();

        await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", Line(new() { ["Input.Status"] = "closed" }));

        var reader = _factory.CreateClient();
        Assert.Null((await reader.GetDocumentAsync("/resources")).QuerySelector(Anchor));
        Assert.DoesNotContain(Name, (await reader.GetDocumentAsync("/get-help")).Body!.TextContent);
        Assert.Contains(Name, (await editor.GetDocumentAsync("/editor/resources")).Body!.TextContent);
        Assert.Equal(ResourceStatus.Closed, (await SavedAsync())!.Status);
    }

    [Fact]
    public async Task A_closed_resource_is_not_found_by_search()
    {
        var editor = await _factory.SignedInEditorAsync();
        var reader = _factory.CreateClient();

        await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", Line(new() { ["Input.Status"] = "closed", ["Input.Description"] = "A wombat line, closed." }));
        await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", Line(new() { ["Input.Name"] = "Open Wombat Line", ["Input.Description"] = "A wombat line, open." }));

        // Once the second save is indexed, so is the first.
        Assert.True(await Html.EventuallyAsync(async () => (await reader.GetStringAsync("/search?q=wombat")).Contains("Open Wombat Line", StringComparison.Ordinal)));
        Assert.DoesNotContain(Name, await reader.GetStringAsync("/search?q=wombat"), StringComparison.Ordinal);
    }
}
