using System.Globalization;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Resources;
using SexWorkResourceHub.Web.Search;
using SexWorkResourceHub.Web.Localization;

namespace SexWorkResourceHub.Web.Pages.Resources;

/// <summary>
/// The directory's filters as they arrive in the query string, checked against the values that exist.
/// An unknown value is an error for that field, never a crash.
/// </summary>
public sealed record ResourceFilter
{
    public const int MaxTextLength = 200;
    /// <summary>Services that work across countries.</summary>
    public const string International = "international";

    /// <summary>What links from before places had fields sent for across the US: the same as "US".</summary>
    public const string National = "national";

    public string? Text { get; init; }

    public string? Kind { get; init; }

    /// <summary>A place key ("US", "US-OR", "US-OR/Portland", <see cref="ServiceAreaText.Key"/>), or <see cref="International"/>.</summary>
    public string? Region { get; init; }

    public string? Language { get; init; }

    public string? Led { get; init; }

    public bool IsEmpty => Text is null && Kind is null && Region is null && Language is null && Led is null;

    /// <summary>Errors by field name (the query-string key), for messages beside each field; <paramref name="places"/> are the keys the "Where" list offers.</summary>
    public Dictionary<string, string> Validate(IReadOnlyCollection<string> places, IReadOnlyCollection<string> languages)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Text is { Length: > MaxTextLength })
        {
            errors["q"] = Ui.T("Search text can be at most {0} characters; yours has {1}.", MaxTextLength, Text.Length);
        }

        if (Kind is not null && !EnumNames.TryParse<ResourceKind>(Kind, out _))
        {
            errors["kind"] = Ui.T("We don't have that kind of resource. Choose one from the list.");
        }

        if (Region is not null && Region != International
            && (Place is not { } place || !places.Any(p => ServiceAreaText.TryParseKey(p, out var offered) && ServiceAreaText.SamePlace(offered, place))))
        {
            errors["region"] = Ui.T("We don't list resources for that place. Choose one from the list.");
        }

        if (Language is not null && !languages.Contains(Language))
        {
            errors["language"] = Ui.T("No resource lists that language. Choose one from the list.");
        }

        if (Led is not null && !EnumNames.TryParse<SexWorkerLed>(Led, out _))
        {
            errors["led"] = Ui.T("Choose yes, no or not known.");
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
            International => resource.Scope == RegionScope.International,
            _ => Place is { } place && resource.Areas.Any(a => ServiceAreaText.Covers(place, a)),
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

    /// <summary>Whether the place asked for is the "Where" choice <paramref name="key"/>, so the form shows it chosen.</summary>
    public bool Chooses(string key) => Place is { } place && ServiceAreaText.TryParseKey(key, out var choice) && ServiceAreaText.SamePlace(place, choice);

    /// <summary>
    /// The place asked for: a key, "national" (from links made before places had fields) or a place written
    /// as text in those links ("New York City, NY").
    /// </summary>
    private ServiceArea? Place =>
        Region == National ? new ServiceArea { Country = ServiceAreaText.HomeCountry }
        : ServiceAreaText.TryParseKey(Region, out var area) ? area
        : ServiceAreaText.Guess(Region);

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

    /// <summary>Every word must appear in the name, a description, the place or the tags, ignoring case and accents.</summary>
    private static bool ContainsText(Resource resource, string text)
    {
        var haystack = Haystack(resource);
        // Accents aside too: "linea" finds "línea", as search does.
        return Words(text).All(word => CultureInfo.InvariantCulture.CompareInfo.IndexOf(haystack, word, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0);
    }

    /// <summary>The words a filter looks in: the English and each translation's description, so a Spanish reader's words find it too.</summary>
    private static string Haystack(Resource resource) =>
        string.Join(' ', [resource.Name, resource.Description, .. resource.Translations.Values.Select(t => t.Description ?? string.Empty),
            ServiceAreaText.Words(resource.Areas), .. resource.Tags]);

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
