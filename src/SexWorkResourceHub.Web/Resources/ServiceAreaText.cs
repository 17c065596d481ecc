using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Localization;
using SexWorkResourceHub.Web.Search;

namespace SexWorkResourceHub.Web.Resources;

/// <summary>
/// Places as words and as keys: "Portland, Oregon" for readers, "US-OR/Portland" for the directory's
/// filter and the editors' form, and the reading of a place typed as free text ("Portland, OR").
/// </summary>
public static partial class ServiceAreaText
{
    public const int MaxCityLength = 100;

    /// <summary>The country the directory is about: its places are named without the country.</summary>
    public const string HomeCountry = "US";

    private static readonly Dictionary<string, Country> ByCode =
        PlaceList.Countries.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    public static Country? CountryOf(string? code) => code is null ? null : ByCode.GetValueOrDefault(code);

    /// <summary>The region of <paramref name="country"/> with this code, or with this name ("OR" or "Oregon").</summary>
    public static Subdivision? RegionOf(string country, string? codeOrName) =>
        codeOrName is null || CountryOf(country) is not { } found ? null
            : found.Regions.FirstOrDefault(r => string.Equals(r.Code, codeOrName, StringComparison.OrdinalIgnoreCase))
              ?? found.Regions.FirstOrDefault(r => Same(r.Name, codeOrName));

    /// <summary>"Portland, Oregon"; "Oregon"; "United States"; outside the home country, with the country: "Toronto, Ontario, Canada".</summary>
    public static string Name(ServiceArea area)
    {
        var country = CountryOf(area.Country);
        var region = RegionOf(area.Country, area.Region)?.Name ?? area.Region;
        var countryName = country is null ? area.Country : Ui.T(country.Name);
        string?[] parts = area.Region is null && area.City is null
            ? [countryName]
            : [area.City, region, string.Equals(area.Country, HomeCountry, StringComparison.OrdinalIgnoreCase) ? null : countryName];
        return string.Join(", ", parts.OfType<string>());
    }

    /// <summary>The name with its country always, for readers elsewhere (the open data): "Portland, Oregon, United States".</summary>
    public static string FullName(ServiceArea area) =>
        string.Join(", ", new[] { area.City, RegionOf(area.Country, area.Region)?.Name ?? area.Region, CountryOf(area.Country)?.Name ?? area.Country }.OfType<string>());

    /// <summary>Where a resource works, in words: "International", "National (US)", "Las Vegas, Nevada and Portland, Oregon".</summary>
    public static string Describe(IReadOnlyList<ServiceArea> areas) => areas.Count switch
    {
        0 => Ui.T("International"),
        1 => Short(areas[0]),
        2 => Ui.T("{0} and {1}", Short(areas[0]), Short(areas[1])),
        _ => string.Join("; ", areas.Select(Short)),
    };

    private static string Short(ServiceArea area) =>
        area.Region is null && area.City is null ? Ui.T("National ({0})", area.Country == HomeCountry ? Ui.T("US") : Name(area)) : Name(area);

    /// <summary>The words a search should find the place by: the city, the region's name and the country's.</summary>
    public static string Words(IEnumerable<ServiceArea> areas) =>
        string.Join(' ', areas.SelectMany(a => new[] { a.City, RegionOf(a.Country, a.Region)?.Name, CountryOf(a.Country)?.Name }).OfType<string>().Distinct());

    /// <summary>"US", "US-OR" or "US-OR/Portland": the value the filter and the form send for a place.</summary>
    public static string Key(ServiceArea area) =>
        area.Country.ToUpperInvariant() + (area.Region is null ? string.Empty : "-" + area.Region.ToUpperInvariant()) + (area.City is null ? string.Empty : "/" + area.City);

    /// <summary>Reads <see cref="Key"/> back; false for anything that is not a listed country and region.</summary>
    public static bool TryParseKey(string? key, [NotNullWhen(true)] out ServiceArea? area)
    {
        area = null;
        var match = key is null ? null : KeyPattern().Match(key.Trim());
        if (match is not { Success: true } || CountryOf(match.Groups["country"].Value) is not { } country)
        {
            return false;
        }

        var regionCode = match.Groups["region"].Success ? match.Groups["region"].Value : null;
        var region = regionCode is null ? null : RegionOf(country.Code, regionCode);
        if (regionCode is not null && region is null)
        {
            return false;
        }

        var city = match.Groups["city"].Success ? CleanCity(match.Groups["city"].Value) : null;
        if (city is not null && region is null)
        {
            return false;
        }

        area = new ServiceArea { Country = country.Code, Region = region?.Code, City = city };
        return true;
    }

    /// <summary>
    /// A place typed as free text, as the public suggestion form and links from before places had fields
    /// send it: "Portland, OR", "Portland, Oregon", "Rhode Island", "New York City, NY". Null when the text
    /// does not end in a region of the home country.
    /// </summary>
    public static ServiceArea? Guess(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim().TrimEnd('.');
        if (RegionOf(HomeCountry, trimmed) is { } state && trimmed.Length > 2)
        {
            return new ServiceArea { Country = HomeCountry, Region = state.Code };
        }

        var comma = trimmed.LastIndexOf(',');
        if (comma <= 0 || RegionOf(HomeCountry, trimmed[(comma + 1)..].Trim()) is not { } region)
        {
            return null;
        }

        var city = CleanCity(trimmed[..comma]);
        return city is null || city.Contains(',', StringComparison.Ordinal) ? null : new ServiceArea { Country = HomeCountry, Region = region.Code, City = city };
    }

    /// <summary>A city with its spaces tidied: " New  York " is "New York"; null when nothing is left.</summary>
    public static string? CleanCity(string? city) =>
        string.IsNullOrWhiteSpace(city) ? null : Spaces().Replace(city.Trim(), " ");

    /// <summary>Whether two place names are the same place: "Portland" and "portland", "Queretaro" and "Querétaro".</summary>
    public static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(Folded(a), Folded(b), StringComparison.Ordinal);

    /// <summary>The form compared: lower case, no accents, single spaces.</summary>
    public static string Folded(string name) => SearchQuery.Fold(CleanCity(name)?.ToLowerInvariant() ?? string.Empty);

    /// <summary>Whether two places are one: the same country and region, and the same city or none.</summary>
    public static bool SamePlace(ServiceArea a, ServiceArea b) =>
        string.Equals(a.Country, b.Country, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Region, b.Region, StringComparison.OrdinalIgnoreCase)
        && (a.City is null ? b.City is null : Same(a.City, b.City));

    /// <summary>Whether a place a reader chose (<paramref name="chosen"/>) takes in <paramref name="area"/>: a state takes in its cities, and a city its state's statewide services.</summary>
    public static bool Covers(ServiceArea chosen, ServiceArea area)
    {
        if (!string.Equals(chosen.Country, area.Country, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (chosen.Region is null)
        {
            return area.Region is null && area.City is null;
        }

        return string.Equals(chosen.Region, area.Region, StringComparison.OrdinalIgnoreCase)
            && (chosen.City is null || area.City is null || Same(chosen.City, area.City));
    }

    [GeneratedRegex(@"^(?<country>[A-Za-z]{2})(-(?<region>[A-Za-z0-9]{1,3}))?(/(?<city>.+))?$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
