using SexWorkResourceHub.Web.Resources;

namespace SexWorkResourceHub.Web.Data.Entities;

/// <summary>
/// A place a resource works in: a whole country, one of its states or regions, or a city in one. The
/// country and region are codes from <see cref="PlaceList"/>, so each place has one spelling; the city is
/// as the editor wrote it, compared without case or accents.
/// </summary>
public sealed record ServiceArea
{
    /// <summary>ISO 3166-1 alpha-2 ("US").</summary>
    public required string Country { get; init; }

    /// <summary>The region's code within the country ("OR"); null for the whole country.</summary>
    public string? Region { get; init; }

    /// <summary>The city; null for the whole region or country.</summary>
    public string? City { get; init; }

    /// <summary>How readers see it ("Portland, Oregon"); the history shows this too.</summary>
    public override string ToString() => ServiceAreaText.Name(this);
}
