using System.ComponentModel.DataAnnotations;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Resources;

namespace SexWorkResourceHub.Web.Pages.Editor.Resources;

/// <summary>One row of the form's "Where it works": a country or one of its regions from the list, and optionally a city.</summary>
public sealed class AreaInput
{
    /// <summary>A key from the list: "US" (the whole country) or "US-OR" (a region), <see cref="ServiceAreaText.Key"/>.</summary>
    [Display(Name = "Country, state or region")]
    public string? Place { get; set; }

    [StringLength(ServiceAreaText.MaxCityLength, ErrorMessage = "The city can be at most {1} characters.")]
    [Display(Name = "City")]
    public string? City { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Place) && string.IsNullOrWhiteSpace(City);

    /// <summary>The place in words, as an edit conflict shows it; what was typed when it names no place; empty for a blank row.</summary>
    public override string ToString() =>
        IsEmpty ? string.Empty : ToArea(out _, out _)?.ToString() ?? string.Join(", ", new[] { City, Place }.Where(v => !string.IsNullOrWhiteSpace(v)));

    public static AreaInput From(ServiceArea area) => new()
    {
        Place = ServiceAreaText.Key(area with { City = null }),
        City = area.City,
    };

    /// <summary>The place this row names, or the reason it names none (for the message beside the row).</summary>
    public ServiceArea? ToArea(out string? problem, out string field)
    {
        problem = null;
        field = nameof(Place);
        var city = ServiceAreaText.CleanCity(City);
        if (!ServiceAreaText.TryParseKey(Place, out var place) || place.City is not null)
        {
            problem = string.IsNullOrWhiteSpace(Place)
                ? "Choose the country, state or region the city is in."
                : "Choose a country, state or region from the list.";
            return null;
        }

        var country = ServiceAreaText.CountryOf(place.Country)!;
        if (city is not null && place.Region is null)
        {
            problem = $"Choose the {country.RegionWord} {city} is in: a city needs one.";
            return null;
        }

        if (city is not null && city.Contains(',', StringComparison.Ordinal))
        {
            field = nameof(City);
            problem = $"Write the city alone, without a comma: choose its {country.RegionWord} in the list beside it.";
            return null;
        }

        return place with { City = city };
    }
}
