using SexWorkResourceHub.Web.Resources;

namespace SexWorkResourceHub.Tests.Resources;

public sealed class ContactNumbersTests
{
    [Theory]
    [InlineData("1-888-373-7888", "+18883737888")]
    [InlineData("(877) 776-2004", "+18777762004")]
    [InlineData("+1 800 799 7233", "+18007997233")]
    [InlineData("888.373.7888", "+18883737888")]
    [InlineData("8883737888", "+18883737888")]
    [InlineData("211", "211")]
    [InlineData("311", "311")]
    [InlineData("511", "511")]
    [InlineData("711", "711")]
    [InlineData("811", "811")]
    [InlineData("911", "911")]
    [InlineData("988", "988")]
    [InlineData("233733", "233733")]
    [InlineData("88788", "88788")]
    [InlineData("+44 20 7946 0958", "+442079460958")]
    [InlineData("+33 1 23 45 67 89", "+33123456789")]
    public void Dialable_AcceptedForm_GivesTheNumberAsALinkTakesIt(string written, string dialable)
    {
        Assert.True(ContactNumbers.IsDialable(written));
        Assert.Equal(dialable, ContactNumbers.Dialable(written));
    }

    [Theory]
    [InlineData("1-800-799-SAFE")]          // a vanity number: letters
    [InlineData("1-888-373-7888 x12")]      // an extension
    [InlineData("1-888-373-7888;ext=12")]
    [InlineData("1-888-373-7888 ext. 12")]
    [InlineData("888-373-788")]             // nine digits
    [InlineData("1-888-373-78881")]         // twelve digits
    [InlineData("2-888-373-7888")]          // eleven digits not starting with 1
    [InlineData("(088) 373-7888")]          // area code starting with 0
    [InlineData("(188) 373-7888")]          // area code starting with 1
    [InlineData("(888) 073-7888")]          // exchange starting with 0
    [InlineData("(888) 173-7888")]          // exchange starting with 1
    [InlineData("+1 888 373 788")]          // +1 with nine digits
    [InlineData("411")]                     // directory enquiries, not a service code
    [InlineData("123")]
    [InlineData("1234")]
    [InlineData("1234567")]
    [InlineData("888+373-7888")]            // + in the middle
    [InlineData("++44 20 7946 0958")]
    [InlineData("+0 20 7946 0958")]         // country code starting with 0
    [InlineData("+44 2079")]                // seven digits
    [InlineData("+44 2079 4609 5812 345")]  // sixteen digits
    [InlineData("+")]
    [InlineData("()-.")]
    [InlineData("888/373/7888")]
    [InlineData("٨٨٨٣٧٣٧٨٨٨")]              // digits, but not the ones a keypad has
    public void Dialable_OtherForm_IsRefused(string written)
    {
        Assert.False(ContactNumbers.IsDialable(written));
        Assert.Null(ContactNumbers.Dialable(written));
    }

    [Theory]
    [InlineData("+44 20 7946 0958", "tel:+442079460958")]
    [InlineData("1-888-373-7888", "tel:+18883737888")]
    [InlineData("(877) 776-2004", "tel:+18777762004")]
    [InlineData("711", "tel:711")]
    public void TelHref_KeepsTheCountryCodeWithItsPlus(string written, string href)
    {
        Assert.Equal(href, ResourceLabels.TelHref(written));
    }

    [Theory]
    [InlineData("+44 7700 900123", "sms:+447700900123")]
    [InlineData("233733", "sms:233733")]
    [InlineData("1-888-373-7888", "sms:+18883737888")]
    public void SmsHref_KeepsTheCountryCodeWithItsPlus(string written, string href)
    {
        Assert.Equal(href, ResourceLabels.SmsHref(written));
    }

    [Fact]
    public void TelHref_NumberSavedBeforeTheRules_StillLinksItsDigitsAndPlus()
    {
        Assert.Equal("tel:+4412345", ResourceLabels.TelHref("+44 12345 evenings"));
    }
}
