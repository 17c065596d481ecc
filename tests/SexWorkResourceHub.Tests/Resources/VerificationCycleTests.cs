using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Resources;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Resources;

public sealed class VerificationCycleTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static Resource Checked(ResourceKind kind, string? lastVerified) => new()
    {
        Slug = "a-resource",
        Name = "A resource",
        Description = "For the tests.",
        Kind = kind,
        LastVerified = lastVerified is null ? null : DateOnly.Parse(lastVerified, System.Globalization.CultureInfo.InvariantCulture),
    };

    [Theory]
    [InlineData(ResourceKind.Hotline, "2026-06-01", "2026-12-01", false)]      // due today: not yet overdue
    [InlineData(ResourceKind.Hotline, "2026-05-31", "2026-11-30", true)]       // six months and a day
    [InlineData(ResourceKind.SupportService, "2026-05-31", "2027-05-31", false)]
    [InlineData(ResourceKind.LegalHelp, "2025-12-01", "2026-12-01", false)]
    [InlineData(ResourceKind.Research, "2025-11-30", "2026-11-30", true)]      // twelve months and a day
    [InlineData(ResourceKind.Hotline, "2026-08-31", "2027-02-28", false)]     // no 31 February: the month's last day
    public void For_CheckedResource_IsDueSixMonthsLaterForHotlinesAndTwelveForOthers(ResourceKind kind, string lastVerified, string dueOn, bool overdue)
    {
        var check = VerificationCycle.For(Checked(kind, lastVerified), Today);

        Assert.Equal(DateOnly.Parse(dueOn, System.Globalization.CultureInfo.InvariantCulture), check.DueOn);
        Assert.Equal(overdue, check.Overdue);
        Assert.False(check.NeverChecked);
    }

    [Fact]
    public void For_NeverCheckedResource_IsDueToday()
    {
        var check = VerificationCycle.For(Checked(ResourceKind.Research, null), Today);

        Assert.Equal((Today, false, true), (check.DueOn, check.Overdue, check.NeverChecked));
    }

    [Fact]
    public void Today_IsTheClocksUtcDate()
    {
        Assert.Equal(new DateOnly(2026, 12, 2), VerificationCycle.Today(new FixedTimeProvider(new DateTimeOffset(2026, 12, 1, 20, 0, 0, TimeSpan.FromHours(-5)))));
    }
}
