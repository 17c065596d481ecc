using System.Globalization;
using System.Resources;

namespace SexWorkResourceHub.Web.Localization;

/// <summary>
/// Interface text for code that builds a sentence outside a view (a card's ages, a schedule's days), in
/// the request's language: the same .resx as the views' localizer (<see cref="SharedResource"/>), read
/// for the current UI culture, which the address sets (<see cref="SiteLocalization"/>).
/// </summary>
public static class Ui
{
    private static readonly ResourceManager Resources = new(typeof(SharedResource).FullName!, typeof(SharedResource).Assembly);

    /// <summary>The text keyed by its English wording, in the current language (the English when a language lacks it).</summary>
    public static string T(string english) => Resources.GetString(english, CultureInfo.CurrentUICulture) ?? english;

    /// <summary>As <see cref="T(string)"/>, with the {0}… placeholders filled.</summary>
    public static string T(string english, params object?[] values) =>
        string.Format(CultureInfo.CurrentCulture, T(english), values);

    /// <summary>Runs <paramref name="build"/> with <paramref name="language"/> as the culture, as a request in it would (the search indexer builds each language's documents so).</summary>
    public static T In<T>(string language, Func<T> build)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return build();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    /// <summary>Whether the request's language is the site's default (English).</summary>
    public static bool InDefaultLanguage => !Content.SiteLanguages.IsTranslation(Language);

    /// <summary>The request's site language code ("en", "es").</summary>
    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
