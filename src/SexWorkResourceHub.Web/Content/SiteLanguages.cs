namespace SexWorkResourceHub.Web.Content;

/// <summary>A language the site is written in: its BCP 47 code, its name in itself ("Español") and in English, for the command line.</summary>
public sealed record SiteLanguage(string Code, string Name, string EnglishName);

/// <summary>
/// The site's languages. English is the default and keeps the unprefixed addresses; each other language
/// lives under /{code}/ and in content/{code}/articles and content/{code}/pages. A third language joins
/// here, with its content folder and its interface text.
/// </summary>
public static class SiteLanguages
{
    public const string Default = "en";

    public static readonly IReadOnlyList<SiteLanguage> All = [new(Default, "English", "English"), new("es", "Español", "Spanish")];

    /// <summary>Every language but the default: the ones with a prefix and a content folder of their own.</summary>
    public static IEnumerable<SiteLanguage> Translations => All.Where(l => l.Code != Default);

    public static bool IsTranslation(string? code) => code is not null && code != Default && All.Any(l => l.Code == code);

    /// <summary>"" for English, "/es" for Spanish: what goes before a path.</summary>
    public static string Prefix(string language) => language == Default ? string.Empty : "/" + language;

    /// <summary>The language an address is in, from its first segment: "es" for /es and /es/articles/x, the default otherwise.</summary>
    public static string OfPath(PathString path) =>
        Translations.FirstOrDefault(l => path.StartsWithSegments("/" + l.Code, StringComparison.Ordinal))?.Code ?? Default;

    /// <summary>The same address in another language's prefix: "/es/articles" for ("/articles", "es").</summary>
    public static string InLanguage(string englishPath, string language) =>
        language == Default ? englishPath : englishPath == "/" ? Prefix(language) : Prefix(language) + englishPath;
}
