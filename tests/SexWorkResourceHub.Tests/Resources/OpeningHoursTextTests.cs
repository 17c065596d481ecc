using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Resources;

namespace SexWorkResourceHub.Tests.Resources;

/// <summary>Weekly hours as editors write them and as readers read them.</summary>
public sealed class OpeningHoursTextTests
{
    private static OpeningHours Parse(string text, string? zone = "America/New_York")
    {
        var hours = OpeningHoursText.Parse(text, zone, out var error);
        Assert.True(hours is not null, error);
        return hours!;
    }

    [Theory]
    [InlineData("24/7", null, "Open 24 hours a day, 7 days a week")]
    [InlineData("Mon-Fri 09:00-17:00", "America/New_York", "Monday to Friday, 9 AM to 5 PM (US Eastern (New York) time)")]
    [InlineData("Mon-Thu 09:00-17:00; Fri 09:00-13:00", "America/Chicago", "Monday to Thursday, 9 AM to 5 PM; Friday, 9 AM to 1 PM (US Central (Chicago) time)")]
    [InlineData("Sat 18:30-02:00\nSun 18:30-02:00", "America/Los_Angeles", "Saturday to Sunday, 6:30 PM to 2 AM (US Pacific (Los Angeles) time)")]
    [InlineData("fri-mon 20:00-24:00", "Europe/London", "Monday, 8 PM to midnight; Friday to Sunday, 8 PM to midnight (UK (London) time)")]
    public void Hours_read_in_words_with_their_zone(string text, string? zone, string expected)
    {
        Assert.Equal(expected, OpeningHoursText.Describe(Parse(text, zone)));
    }

    [Theory]
    [InlineData("24/7")]
    [InlineData("Mon-Fri 09:00-17:00")]
    [InlineData("Mon-Thu 09:00-17:00; Fri 09:00-13:00; Sun 12:00-16:00")]
    public void Hours_read_back_as_they_were_written(string text)
    {
        Assert.Equal(text, OpeningHoursText.Format(Parse(text)));
    }

    [Theory]
    [InlineData("Mon-Fri 9 to 5", "America/New_York", "'Mon-Fri 9 to 5' is not a day and opening times. Write them like this: 24/7, or Mon-Fri 09:00-17:00; Sat 10:00-14:00.")]
    [InlineData("Mun 09:00-17:00", "America/New_York", "'Mun 09:00-17:00' names a day we don't know. Use Mon, Tue, Wed, Thu, Fri, Sat or Sun.")]
    [InlineData("Mon 09:00-25:00", "America/New_York", "'Mon 09:00-25:00' has a time that is not on a 24-hour clock. Write times as 09:00 or 17:30.")]
    [InlineData("Mon-Fri 09:00-17:00; Fri 18:00-20:00", "America/New_York", "Friday is listed twice. Give each day once.")]
    [InlineData("Mon 09:00-17:00", null, "Choose the time zone these hours are in.")]
    [InlineData("Mon 09:00-17:00", "Mars/Olympus_Mons", "'Mars/Olympus_Mons' is not a time zone we know. Use an IANA name such as America/New_York.")]
    public void Hours_that_cannot_be_read_say_what_to_write(string text, string? zone, string expected)
    {
        Assert.Null(OpeningHoursText.Parse(text, zone, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void No_hours_read_as_nothing()
    {
        var hours = Parse("  ");
        Assert.True(hours.IsEmpty);
        Assert.Null(OpeningHoursText.Describe(hours));
        Assert.Null(OpeningHoursText.Format(hours));
    }
}
