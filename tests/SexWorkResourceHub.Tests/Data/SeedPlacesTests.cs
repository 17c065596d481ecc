using SexWorkResourceHub.Tests.Support;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Data.Seeding;

namespace SexWorkResourceHub.Tests.Data;

/// <summary>Where a resource works, as resources.yaml gives it: places with fields, each checked against the site's list.</summary>
public sealed class SeedPlacesTests : IDisposable
{
    private readonly TempContent _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>One entry whose places are <paramref name="areas"/>, which start on line 7.</summary>
    private (List<Resource> Resources, List<ContentProblem> Problems) Read(string areas)
    {
        var path = _folder.Write("resources.yaml", "resources:\n  - slug: one\n    name: One\n    kind: hotline\n    url: https://one.example.org\n    description: A line.\n" + areas + "\n");
        var problems = new List<ContentProblem>();
        return (SeedReader.ReadResources(path, new DateOnly(2026, 12, 1), problems), problems);
    }

    [Fact]
    public void Places_load_as_codes_whether_written_as_codes_or_names()
    {
        var (resources, problems) = Read("""
                areas:
                  - { country: US, region: NV, city: " Las  Vegas " }
                  - { country: us, region: Oregon, city: Portland }
                  - { country: CA, region: QC }
            """);

        Assert.DoesNotContain(problems, p => p.Fatal);
        Assert.Equal(
            [new ServiceArea { Country = "US", Region = "NV", City = "Las Vegas" }, new ServiceArea { Country = "US", Region = "OR", City = "Portland" },
             new ServiceArea { Country = "CA", Region = "QC" }],
            Assert.Single(resources).Areas);
    }

    [Fact]
    public void International_is_a_word_and_means_no_places()
    {
        var (resources, problems) = Read("    areas: international");

        Assert.Empty(problems);
        Assert.Empty(Assert.Single(resources).Areas);
        Assert.Equal(RegionScope.International, resources[0].Scope);
    }

    [Theory]
    [InlineData("    areas: [{ country: XX }]", 7, "'XX' is not a country this site lists places in; use one of: US (United States), CA (Canada), MX (Mexico)")]
    [InlineData("    areas: [{ country: US, region: Oregn }]", 7, "'Oregn' is not a state or territory of the United States: write its code, for example AL for Alabama")]
    [InlineData("    areas: [{ country: US, city: Portland }]", 7, "the city 'Portland' needs its state or territory: add 'region'")]
    [InlineData("    areas: [{ country: US, region: OR, city: \"Portland, OR\" }]", 7, "'city' is 'Portland, OR': write the city alone, with its state or territory in 'region'")]
    [InlineData("    areas:\n      - { country: US, region: OR }\n      - { country: US, region: or }", 9, "Oregon is listed twice")]
    [InlineData("    areas: []", 7, "'areas' is an empty list: list the places it works in, or write 'areas: international'")]
    [InlineData("    areas: somewhere", 7, "'areas' is 'somewhere': list the places it works in, each a place: { country: US }, { country: US, region: OR } or { country: US, region: OR, city: Portland }, or write 'areas: international'")]
    [InlineData("    region: city\n    place: Portland, OR", 2, "'areas' is required ('region' and 'place' were replaced by 'areas'): list the places it works in, each a place: { country: US }, { country: US, region: OR } or { country: US, region: OR, city: Portland }, or write 'areas: international'")]
    public void A_place_the_list_does_not_have_is_reported_at_its_line_and_the_entry_left_out(string areas, int line, string message)
    {
        var (resources, problems) = Read(areas);

        Assert.Empty(resources);
        Assert.Contains(problems, p => p.Fatal && p.Line == line && p.Message == message);
    }
}
