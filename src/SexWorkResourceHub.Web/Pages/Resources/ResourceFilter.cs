using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Pages.Resources;

/// <summary>
/// The directory's filters as they arrive in the query string, checked against the values that exist.
/// An unknown value is an error for that field, never a crash.
/// </summary>
public sealed class ResourceFilter
{
    public const int MaxTextLength = 200;
    public const string National = "national";
    public const string International = "international";

    public string? Text { get; init; }

    public string? Kind { get; init; }

    public string? Region { get; init; }

    public string? Language { get; init; }

    public string? Led { get; init; }

    public bool IsEmpty => Text is null && Kind is null && Region is null && Language is null && Led is null;

    /// <summary>Errors by field name (the query-string key), for messages beside each field.</summary>
    public Dictionary<string, string> Validate(IReadOnlyCollection<string> places, IReadOnlyCollection<string> languages)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Text is { Length: > MaxTextLength })
        {
            errors["q"] = $"Search text can be at most {MaxTextLength} characters; yours has {Text.Length}.";
        }

        if (Kind is not null && !EnumNames.TryParse<ResourceKind>(Kind, out _))
        {
            errors["kind"] = "We don't have that kind of resource. Choose one from the list.";
        }

        if (Region is not null && Region is not National and not International && !places.Contains(Region))
        {
            errors["region"] = "We don't list resources for that place. Choose one from the list.";
        }

        if (Language is not null && !languages.Contains(Language))
        {
            errors["language"] = "No resource lists that language. Choose one from the list.";
        }

        if (Led is not null && !EnumNames.TryParse<SexWorkerLed>(Led, out _))
        {
            errors["led"] = "Choose yes, no or not known.";
        }

        return errors;
    }

    public bool Matches(Resource resource)
    {
        if (Kind is not null && EnumNames.TryParse<ResourceKind>(Kind, out var kind) && resource.Kind != kind)
        {
            return false;
        }

        var regionMatches = Region switch
        {
            null => true,
            National => resource.Region == RegionScope.National,
            International => resource.Region == RegionScope.International,
            _ => string.Equals(resource.Place, Region, StringComparison.Ordinal),
        };
        if (!regionMatches)
        {
            return false;
        }

        if (Language is not null && !resource.Languages.Contains(Language))
        {
            return false;
        }

        if (Led is not null && EnumNames.TryParse<SexWorkerLed>(Led, out var led) && resource.PublicSexWorkerLed != led)
        {
            return false;
        }

        return Text is null || ContainsText(resource, Text);
    }

    /// <summary>Every word must appear in the name, description, place or tags, ignoring case.</summary>
    private static bool ContainsText(Resource resource, string text)
    {
        var haystack = string.Join(' ', [resource.Name, resource.Description, resource.Place ?? string.Empty, .. resource.Tags]);
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .All(word => haystack.Contains(word, StringComparison.CurrentCultureIgnoreCase));
    }
}
