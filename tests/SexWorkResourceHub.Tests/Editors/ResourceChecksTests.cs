using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Editors;

/// <summary>Recording a check of a resource: when, how, by whose role, with a note; it moves "last checked" on.</summary>
public sealed class ResourceChecksTests : IDisposable
{
    private const string Name = "Harbor Health Collective";

    private readonly HubFactory _factory = new("Production")
    {
        ConfigureTestServices = services => services.AddSingleton<TimeProvider>(FixedTimeProvider.At("2026-12-01T12:00:00Z")),
    };

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> ValidResource(string checkedOn, string method = "phone") => new()
    {
        ["Input.Name"] = Name,
        ["Input.Kind"] = "hotline",
        ["Input.Description"] = "A support line run with sex workers.",
        ["Input.Areas[0].Place"] = "US",
        ["Input.SexWorkerLed"] = "yes",
        ["Input.Phone"] = "1-888-373-7888",
        ["Input.CheckedOn"] = checkedOn,
        ["Input.CheckMethod"] = method,
        ["Input.CheckNote"] = "Spoke to the coordinator; number and hours unchanged.",
    };

    private async Task<T> QueryAsync<T>(Func<HubDbContext, Task<T>> query)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<HubDbContext>());
    }

    private Task<DateOnly?[]> SavedDatesAsync() =>
        QueryAsync(db => db.AllResources.Where(r => r.Name == Name).Select(r => r.LastVerified).ToArrayAsync());

    [Fact]
    public async Task A_check_dated_tomorrow_is_refused_beside_its_field_and_nothing_is_saved()
    {
        var editor = await _factory.SignedInEditorAsync();

        var response = await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", ValidResource("2026-12-02"));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The last checked date can't be in the future. Enter the day someone last checked these details.", page.QuerySelector("#Input_CheckedOn-error")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#Input_CheckedOn")!.GetAttribute("aria-invalid"));
        Assert.Equal("2026-12-02", page.QuerySelector("#Input_CheckedOn")!.GetAttribute("value"));
        Assert.Equal("Spoke to the coordinator; number and hours unchanged.", page.QuerySelector("#Input_CheckNote")!.TextContent.Trim());
        Assert.Empty(await SavedDatesAsync());
        Assert.Equal(0, await QueryAsync(db => db.Verifications.CountAsync()));
    }

    [Fact]
    public async Task A_check_without_how_it_was_made_is_refused()
    {
        var editor = await _factory.SignedInEditorAsync();

        var response = await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", ValidResource("2026-12-01", method: ""));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Choose how you checked: on its website, by phone, by email or in person.", page.QuerySelector("#Input_CheckMethod-error")!.TextContent);
        Assert.Empty(await SavedDatesAsync());
    }

    [Fact]
    public async Task A_check_sets_last_checked_and_is_kept_with_how_the_role_and_the_note()
    {
        var editor = await _factory.SignedInEditorAsync();

        var response = await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", ValidResource("2026-12-01"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([new DateOnly(2026, 12, 1)], await SavedDatesAsync());
        var check = await QueryAsync(db => db.Verifications.SingleAsync());
        Assert.Equal((new DateOnly(2026, 12, 1), VerificationMethod.Phone, "Editor", EditorSignIn.Email, "Spoke to the coordinator; number and hours unchanged."),
            (check.CheckedOn, check.Method, check.Role, check.CheckedBy, check.Note));
        var audit = await QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(Verification)).SingleAsync());
        Assert.Equal((check.Id, "Created", EditorSignIn.Email), (audit.EntityId, audit.Action, audit.ChangedBy));

        var page = await editor.GetDocumentAsync(response.Headers.Location!.OriginalString);
        var row = page.QuerySelector("table.checks tbody tr")!;
        Assert.Equal(["December 1, 2026", "By phone", "editor@example.org (Editor)", "Spoke to the coordinator; number and hours unchanged."],
            row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Contains("Last checked on December 1, 2026.", page.QuerySelector("#check-hint")!.TextContent);
        // The history names fields as the form does, not by their stored names.
        var fields = page.QuerySelectorAll(".history .changes th[scope=row]").Select(th => th.TextContent).ToList();
        Assert.Contains("Last checked", fields);
        Assert.Contains("Address name (slug)", fields);
        Assert.DoesNotContain("LastVerified", fields);
    }

    [Fact]
    public async Task An_older_check_is_kept_but_does_not_move_last_checked_back()
    {
        var editor = await _factory.SignedInEditorAsync();
        var created = await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", ValidResource("2026-11-30"));
        var editPath = created.Headers.Location!.OriginalString.Split('?')[0];

        var response = await editor.SubmitAsync(editPath, "form.editor-form", new Dictionary<string, string>
        {
            ["Input.CheckedOn"] = "2026-10-15",
            ["Input.CheckMethod"] = "website",
            ["Input.CheckNote"] = string.Empty,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([new DateOnly(2026, 11, 30)], await SavedDatesAsync());
        Assert.Equal([new DateOnly(2026, 11, 30), new DateOnly(2026, 10, 15)],
            await QueryAsync(db => db.Verifications.OrderByDescending(v => v.CheckedOn).Select(v => v.CheckedOn).ToArrayAsync()));
    }

    [Fact]
    public async Task Saving_without_a_check_keeps_last_checked_and_records_no_check()
    {
        var editor = await _factory.SignedInEditorAsync();
        var created = await editor.SubmitAsync("/editor/resources/edit", "form.editor-form", ValidResource("2026-11-30"));
        var editPath = created.Headers.Location!.OriginalString.Split('?')[0];

        var response = await editor.SubmitAsync(editPath, "form.editor-form", new Dictionary<string, string> { ["Input.Fees"] = "Free" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([new DateOnly(2026, 11, 30)], await SavedDatesAsync());
        Assert.Equal(1, await QueryAsync(db => db.Verifications.CountAsync()));
    }
}
