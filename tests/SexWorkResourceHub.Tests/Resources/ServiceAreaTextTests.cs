using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Resources;

namespace SexWorkResourceHub.Tests.Resources;

/// <summary>Places read and written one way: names for readers, keys for the filter and the form, and free text read as a place.</summary>
public sealed class ServiceAreaTextTests
{
    private static ServiceArea Area(string country, string? region = null, string? city = null) => new() { Country = country, Region = region, City = city };

    [Theory]
    [InlineData("Portland, OR", "US", "OR", "Portland")]
    [InlineData("Portland, Oregon", "US", "OR", "Portland")]
    [InlineData("  portland ,  oregon. ", "US", "OR", "portland")]
    [InlineData("New York City, NY", "US", "NY", "New York City")]
    [InlineData("Rhode Island", "US", "RI", null)]
    [InlineData("district of columbia", "US", "DC", null)]
    public void Free_text_ending_in_a_state_reads_as_that_place(string text, string country, string region, string? city)
    {
        Assert.Equal(Area(country, region, city), ServiceAreaText.Guess(text));
    }

    [Theory]
    [InlineData("Portland")]
    [InlineData("Las Vegas, NV, and Portland, OR")]
    [InlineData("Federal Plaza, Chicago")]
    [InlineData("OR")]
    [InlineData("")]
    public void Free_text_that_names_no_one_place_is_not_guessed(string text)
    {
        Assert.Null(ServiceAreaText.Guess(text));
    }

    [Theory]
    [InlineData("US", "United States")]
    [InlineData("us-or", "Oregon")]
    [InlineData("US-OR/Portland", "Portland, Oregon")]
    [InlineData("CA-ON/Toronto", "Toronto, Ontario, Canada")]
    [InlineData("MX-CMX", "Ciudad de México, Mexico")]
    public void A_key_reads_back_as_the_place_it_names(string key, string name)
    {
        Assert.True(ServiceAreaText.TryParseKey(key, out var area));
        Assert.Equal(name, ServiceAreaText.Name(area));
        Assert.Equal(key.ToUpperInvariant(), ServiceAreaText.Key(area).ToUpperInvariant());
    }

    [Theory]
    [InlineData("ZZ")]
    [InlineData("US-ZZ")]
    [InlineData("US/Portland")]
    [InlineData("Portland, OR")]
    [InlineData("US-OR/")]
    public void A_key_for_no_listed_place_is_refused(string key)
    {
        Assert.False(ServiceAreaText.TryParseKey(key, out _));
    }

    [Fact]
    public void Where_it_works_reads_as_a_phrase()
    {
        Assert.Equal("International", ServiceAreaText.Describe([]));
        Assert.Equal("National (US)", ServiceAreaText.Describe([Area("US")]));
        Assert.Equal("National (Canada)", ServiceAreaText.Describe([Area("CA")]));
        Assert.Equal("Las Vegas, Nevada and Portland, Oregon", ServiceAreaText.Describe([Area("US", "NV", "Las Vegas"), Area("US", "OR", "Portland")]));
        Assert.Equal("Portland, Oregon, United States", ServiceAreaText.FullName(Area("US", "OR", "Portland")));
    }

    [Fact]
    public void A_state_takes_in_its_cities_and_a_city_its_state_but_not_a_city_of_the_same_name_elsewhere()
    {
        var oregon = Area("US", "OR");
        var portland = Area("US", "OR", "Portland");
        Assert.True(ServiceAreaText.Covers(oregon, Area("US", "OR", "portland")));
        Assert.True(ServiceAreaText.Covers(portland, oregon));
        Assert.True(ServiceAreaText.Covers(portland, Area("US", "OR", "PORTLAND")));
        Assert.False(ServiceAreaText.Covers(portland, Area("US", "ME", "Portland")));
        Assert.False(ServiceAreaText.Covers(portland, Area("US", "OR", "Salem")));
        Assert.False(ServiceAreaText.Covers(Area("US"), oregon));
        Assert.True(ServiceAreaText.Same("Querétaro", "queretaro"));
    }
}
