using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Resources;
using SexWorkResourceHub.Web.Localization;

namespace SexWorkResourceHub.Web.Pages.Resources;

/// <summary>One choice in the directory's "Where" list: the value it sends and what it reads.</summary>
public sealed record PlaceChoice(string Value, string Label);

/// <summary>The places of one country in the "Where" list: across the country, then each region followed by its cities.</summary>
public sealed record PlaceGroup(string Country, IReadOnlyList<PlaceChoice> Choices);

/// <summary>
/// The "Where" list, made from the places the listed resources work in. A city typed two ways
/// ("Portland", "portland") is one choice; a region is offered whenever a resource works in it or in one
/// of its cities, so a reader can choose their state without knowing which cities are listed.
/// </summary>
public static class PlaceChoices
{
    /// <summary>The choice for a whole country, keyed in English ("Across the United States"); each has its translations.</summary>
    public static string AcrossCountry(Country country) => "Across " + country.InSentence;

    public static IReadOnlyList<PlaceGroup> From(IEnumerable<Resource> resources)
    {
        var areas = resources.SelectMany(r => r.Areas).Where(a => ServiceAreaText.CountryOf(a.Country) is not null).ToList();
        var groups = new List<PlaceGroup>();
        foreach (var country in PlaceList.Countries)
        {
            var inCountry = areas.Where(a => string.Equals(a.Country, country.Code, StringComparison.OrdinalIgnoreCase)).ToList();
            if (inCountry.Count == 0)
            {
                continue;
            }

            var choices = new List<PlaceChoice>();
            var whole = new ServiceArea { Country = country.Code };
            if (inCountry.Any(a => a.Region is null && a.City is null))
            {
                choices.Add(new(ServiceAreaText.Key(whole), Ui.T(AcrossCountry(country))));
            }

            foreach (var region in country.Regions.OrderBy(r => r.Name, StringComparer.CurrentCulture))
            {
                var inRegion = inCountry.Where(a => string.Equals(a.Region, region.Code, StringComparison.OrdinalIgnoreCase)).ToList();
                if (inRegion.Count == 0)
                {
                    continue;
                }

                var regionArea = whole with { Region = region.Code };
                choices.Add(new(ServiceAreaText.Key(regionArea), ServiceAreaText.Name(regionArea)));
                choices.AddRange(inRegion
                    .Where(a => a.City is not null)
                    .GroupBy(a => ServiceAreaText.Folded(a.City!))
                    // The spelling most entries use, then the first in order, stands for the city.
                    .Select(g => g.GroupBy(a => a.City!).OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key)
                    .Order(StringComparer.CurrentCulture)
                    .Select(city => regionArea with { City = city })
                    .Select(a => new PlaceChoice(ServiceAreaText.Key(a), ServiceAreaText.Name(a))));
            }

            groups.Add(new PlaceGroup(country.Name, choices));
        }

        return groups;
    }
}
