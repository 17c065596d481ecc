using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Tests.Pages;

/// <summary>A source's date, as front matter allows it (a day, a month or a year), in the site's words.</summary>
public sealed class SourceDateTests
{
    [Theory]
    [InlineData("2018-04-11", "April 11, 2018")]
    [InlineData("2018-04", "April 2018")]
    [InlineData("2018", "2018")]
    public void Each_precision_reads_as_the_other_dates_do(string date, string shown) =>
        Assert.Equal(shown, DisplayFormats.SourceDate(date));
}
