using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Editors;

/// <summary>The dashboard's list of resources to check again, on a fixed day (1 December 2026).</summary>
public sealed class RecheckDashboardTests : IDisposable
{
    private readonly HubFactory _factory = new("Production")
    {
        ConfigureTestServices = services => services.AddSingleton<TimeProvider>(FixedTimeProvider.At("2026-12-01T12:00:00Z")),
    };

    public void Dispose() => _factory.Dispose();

    private async Task<Dictionary<string, int>> CheckedOnAsync(params (string Slug, DateOnly? LastVerified)[] checks)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var resources = await db.Resources.ToDictionaryAsync(r => r.Slug);
        foreach (var (slug, lastVerified) in checks)
        {
            resources[slug].LastVerified = lastVerified;
        }

        await db.SaveChangesAsync();
        return resources.ToDictionary(r => r.Key, r => r.Value.Id);
    }

    private static string Cell(IElement row, int index) => row.QuerySelectorAll("th, td")[index].TextContent.Trim();

    [Fact]
    public async Task Get_Dashboard_ListsOverdueNeverCheckedAndDueWithin30DaysSoonestFirstWithEditLinks()
    {
        var ids = await CheckedOnAsync(
            ("test-hotline", new DateOnly(2026, 5, 15)),          // hotline: due 15 November 2026, overdue
            ("city-legal-clinic", new DateOnly(2025, 12, 20)),    // legal help: due 20 December 2026, in 19 days
            ("ocean-state-advocates", new DateOnly(2026, 1, 1)),  // advocacy: due 1 January 2027, in 31 days
            ("world-research-network", null));                    // never checked: due now
        var editor = await _factory.SignedInEditorAsync();

        var section = (await editor.GetDocumentAsync("/editor")).QuerySelector("section[aria-labelledby='due-heading']")!;

        var rows = section.QuerySelectorAll("tbody tr");
        Assert.Equal(["Test Hotline", "World Research Network", "City Legal Clinic"], rows.Select(r => Cell(r, 0)));
        Assert.Equal(
            [$"/editor/resources/edit/{ids["test-hotline"]}", $"/editor/resources/edit/{ids["world-research-network"]}", $"/editor/resources/edit/{ids["city-legal-clinic"]}"],
            rows.Select(r => r.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(["2026-11-15", "2026-12-01", "2026-12-20"], rows.Select(r => r.QuerySelector("td time")!.GetAttribute("datetime")));
        Assert.Equal(["November 15, 2026 Overdue", "December 1, 2026 Due now", "December 20, 2026"], rows.Select(r => string.Join(' ', Cell(r, 1).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))));
        Assert.Equal(["May 15, 2026", "Never checked", "December 20, 2025"], rows.Select(r => Cell(r, 2)));
        Assert.Equal([true, false, false], rows.Select(r => r.ClassList.Contains("overdue")));
        Assert.DoesNotContain("Ocean State Advocates", section.TextContent);
    }

    [Fact]
    public async Task Get_Dashboard_NothingDueWithin30Days_SaysSo()
    {
        await CheckedOnAsync(
            ("test-hotline", new DateOnly(2026, 11, 1)),
            ("city-legal-clinic", new DateOnly(2026, 11, 1)),
            ("ocean-state-advocates", new DateOnly(2026, 11, 1)),
            ("world-research-network", new DateOnly(2026, 11, 1)));
        var editor = await _factory.SignedInEditorAsync();

        var section = (await editor.GetDocumentAsync("/editor")).QuerySelector("section[aria-labelledby='due-heading']")!;

        Assert.Null(section.QuerySelector("table"));
        Assert.Contains("Nothing is due for a check in the next 30 days.", section.TextContent);
    }
}
