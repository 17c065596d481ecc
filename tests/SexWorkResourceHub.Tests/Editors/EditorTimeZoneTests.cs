using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Tests.Support;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Tests.Editors;

/// <summary>Editors read times in the zone they chose, each their own; until they choose, in UTC, said so.</summary>
public sealed class EditorTimeZoneTests : IDisposable
{
    /// <summary>In summer: 02:30 UTC on July 4 is still July 3 in New York.</summary>
    private static readonly DateTime SummerNight = new(2026, 7, 4, 2, 30, 0, DateTimeKind.Utc);

    /// <summary>In winter: 14:03 UTC is 09:03 in New York.</summary>
    private static readonly DateTime WinterDay = new(2026, 12, 1, 14, 3, 0, DateTimeKind.Utc);

    private readonly HubFactory _factory = new("Production");

    public void Dispose() => _factory.Dispose();

    /// <summary>A suggestion sent on a summer night, and a change to a resource on a winter day; their ids.</summary>
    private async Task<(int Suggestion, int Resource)> SeedAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var suggestion = new Suggestion { Kind = SuggestionKind.Resource, CreatedAt = SummerNight, Fields = new() { ["name"] = "Night Line" } };
        db.Suggestions.Add(suggestion);
        var resource = await db.Resources.SingleAsync(r => r.Slug == "test-hotline");
        db.AuditEntries.Add(new AuditEntry
        {
            EntityType = nameof(Resource),
            EntityId = resource.Id,
            Action = "Updated",
            ChangedBy = "other@example.org",
            ChangedAt = WinterDay,
            Changes = [new AuditChange(nameof(Resource.Hours), "Weekdays", "24/7")],
        });
        await db.SaveChangesAsync();
        return (suggestion.Id, resource.Id);
    }

    private static async Task<HttpResponseMessage> ChooseAsync(HttpClient editor, string zone) =>
        await editor.SubmitAsync("/editor/settings", "form.editor-form", new Dictionary<string, string> { ["TimeZone"] = zone });

    [Fact]
    public async Task Until_an_editor_chooses_times_read_in_UTC_and_the_dashboard_offers_the_choice()
    {
        var editor = await _factory.SignedInEditorAsync();
        var (suggestion, resource) = await SeedAsync();

        var history = await editor.GetDocumentAsync($"/editor/resources/edit/{resource}");
        Assert.Contains("December 1, 2026, 14:03 UTC", history.QuerySelector(".history-list")!.TextContent);
        var review = await editor.GetDocumentAsync($"/editor/suggestions/{suggestion}");
        Assert.Contains("Sent July 4, 2026, 02:30 UTC.", review.QuerySelector(".meta")!.TextContent);
        var dashboard = await editor.GetDocumentAsync("/editor");
        Assert.Equal("/editor/settings", dashboard.QuerySelector("main .notice a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task After_choosing_a_zone_the_history_and_the_suggestions_read_in_it()
    {
        var editor = await _factory.SignedInEditorAsync();
        var (suggestion, resource) = await SeedAsync();

        var saved = await ChooseAsync(editor, "America/New_York");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var history = await editor.GetDocumentAsync($"/editor/resources/edit/{resource}");
        var time = history.QuerySelector(".history-list time")!;
        Assert.Equal("December 1, 2026, 09:03 EST", time.TextContent);
        // The machine-readable time stays UTC.
        Assert.Equal("2026-12-01T14:03:00Z", time.GetAttribute("datetime"));
        Assert.Equal("Note on hours", history.QuerySelector(".history-list .changes th[scope=row]")!.TextContent);

        var review = await editor.GetDocumentAsync($"/editor/suggestions/{suggestion}");
        Assert.Contains("Sent July 3, 2026, 22:30 EDT.", review.QuerySelector(".meta")!.TextContent);
        var list = await editor.GetDocumentAsync("/editor/suggestions");
        Assert.Contains("sent July 3, 2026", list.QuerySelector("main ol li")!.TextContent);
        Assert.Null((await editor.GetDocumentAsync("/editor")).QuerySelector("main .notice a[href='/editor/settings']"));

        var settings = await editor.GetDocumentAsync("/editor/settings");
        Assert.Equal(["America/New_York"], settings.QuerySelectorAll("#TimeZone option[selected]").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task Each_editor_has_their_own_zone()
    {
        var first = await _factory.SignedInEditorAsync();
        await _factory.CreateEditorAsync("second@example.org");
        var second = _factory.Browser();
        await second.SignInAsync("second@example.org");
        var (_, resource) = await SeedAsync();

        await ChooseAsync(first, "Europe/London");
        await ChooseAsync(second, "America/Los_Angeles");

        Assert.Equal("December 1, 2026, 14:03 GMT", (await first.GetDocumentAsync($"/editor/resources/edit/{resource}")).QuerySelector(".history-list time")!.TextContent);
        Assert.Equal("December 1, 2026, 06:03 PST", (await second.GetDocumentAsync($"/editor/resources/edit/{resource}")).QuerySelector(".history-list time")!.TextContent);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("<script>")]
    public async Task A_zone_not_on_the_list_gets_400_beside_the_field_and_keeps_the_one_saved(string zone)
    {
        var editor = await _factory.SignedInEditorAsync();
        await ChooseAsync(editor, "America/Chicago");

        var refused = await ChooseAsync(editor, zone);
        var page = await Html.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.EndsWith("Choose a time zone from the list.", page.QuerySelector("#TimeZone-error")!.TextContent.Trim());
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.Equal("America/Chicago", await scope.ServiceProvider.GetRequiredService<HubDbContext>().Editors.Select(e => e.TimeZone).SingleAsync());
    }
}
