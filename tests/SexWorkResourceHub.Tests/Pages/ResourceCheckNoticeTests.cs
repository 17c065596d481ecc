using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Pages;

/// <summary>What a reader's card says about when its details were checked, on a fixed day (1 December 2026).</summary>
public sealed class ResourceCheckNoticeTests : IDisposable
{
    private readonly HubFactory _factory = new("Production")
    {
        ConfigureTestServices = services => services.AddSingleton<TimeProvider>(FixedTimeProvider.At("2026-12-01T12:00:00Z")),
    };

    public void Dispose() => _factory.Dispose();

    private async Task CheckedOnAsync(string slug, DateOnly? lastVerified)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var resource = await db.Resources.SingleAsync(r => r.Slug == slug);
        resource.LastVerified = lastVerified;
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData("/resources")]
    [InlineData("/get-help")]
    public async Task Get_HotlineCheckedMoreThanSixMonthsAgo_CardSaysNotCheckedSinceMonthAndIsMarked(string url)
    {
        await CheckedOnAsync("test-hotline", new DateOnly(2026, 5, 15));

        var card = (await _factory.CreateClient().GetDocumentAsync(url)).QuerySelector("#resource-test-hotline")!;

        var notice = card.QuerySelector(".check-status")!;
        Assert.Contains("overdue", notice.ClassList);
        Assert.Equal("Not checked since May 2026. These details may have changed.", notice.TextContent.Trim());
        Assert.Equal("2026-05-15", notice.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.DoesNotContain("Last checked", card.TextContent);
    }

    [Fact]
    public async Task Get_LegalHelpCheckedSevenMonthsAgo_CardSaysLastCheckedWithoutAnOverdueMark()
    {
        await CheckedOnAsync("city-legal-clinic", new DateOnly(2026, 5, 15));

        var card = (await _factory.CreateClient().GetDocumentAsync("/resources")).QuerySelector("#resource-city-legal-clinic")!;

        var notice = card.QuerySelector(".check-status")!;
        Assert.DoesNotContain("overdue", notice.ClassList);
        Assert.Equal("Last checked May 15, 2026", notice.TextContent.Trim());
        Assert.Equal("2026-05-15", notice.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.DoesNotContain("Not checked", card.TextContent);
    }

    [Fact]
    public async Task Get_HotlineCheckedSixMonthsAgoToday_IsDueButNotYetOverdue()
    {
        await CheckedOnAsync("test-hotline", new DateOnly(2026, 6, 1));

        var card = (await _factory.CreateClient().GetDocumentAsync("/resources")).QuerySelector("#resource-test-hotline")!;

        Assert.Null(card.QuerySelector(".check-status.overdue"));
        Assert.Equal("Last checked June 1, 2026", card.QuerySelector(".check-status")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_NeverCheckedResource_CardSaysPlainlyItHasNotBeenCheckedYet()
    {
        var card = (await _factory.CreateClient().GetDocumentAsync("/resources")).QuerySelector("#resource-world-research-network")!;

        var notice = card.QuerySelector(".check-status")!;
        Assert.Contains("unchecked", notice.ClassList);
        Assert.Equal("Not checked yet: our editors have not confirmed these details.", notice.TextContent.Trim());
        Assert.Null(notice.QuerySelector("time"));
    }
}
