using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Search;

namespace SexWorkResourceHub.Web.Pages.Resources;

/// <summary>
/// The directory's filters as they arrive in the query string, checked against the values that exist.
/// An unknown value is an error for that field, never a crash.
/// </summary>
public sealed record ResourceFilter
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

    /// <summary>
    /// This filter with each typed word that no resource among <paramref name="resources"/> holds replaced
    /// by the closest word they do hold, as search corrects it (<see cref="SearchSpelling"/>); null when no
    /// word was replaced. The other filters stay as they are.
    /// </summary>
    public ResourceFilter? Corrected(IReadOnlyCollection<Resource> resources)
    {
        if (Text is null)
        {
            return null;
        }

        var haystacks = resources.Select(Haystack).ToList();
        var vocabulary = haystacks
            .SelectMany(h => SearchQuery.Words(SearchQuery.Fold(h)).Distinct(StringComparer.Ordinal))
            .CountBy(w => w, StringComparer.Ordinal)
            .Select(pair => new IndexedWord(pair.Key, pair.Value))
            .ToList();
        var changed = false;
        var words = Words(Text).Select(word =>
        {
            if (haystacks.Any(h => h.Contains(word, StringComparison.CurrentCultureIgnoreCase)))
            {
                return word;
            }

            var closest = SearchSpelling.Closest(SearchQuery.Fold(word.ToLowerInvariant()), vocabulary);
            changed |= closest is not null;
            return closest ?? word;
        }).ToList();
        return changed ? this with { Text = string.Join(' ', words) } : null;
    }

    /// <summary>Every word must appear in the name, description, place or tags, ignoring case.</summary>
    private static bool ContainsText(Resource resource, string text)
    {
        var haystack = Haystack(resource);
        return Words(text).All(word => haystack.Contains(word, StringComparison.CurrentCultureIgnoreCase));
    }

    private static string Haystack(Resource resource) =>
        string.Join(' ', [resource.Name, resource.Description, resource.Place ?? string.Empty, .. resource.Tags]);

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
