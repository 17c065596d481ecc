using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Localization;

/// <summary>
/// A record's text as a page in one language shows it: the translation where there is one, else the
/// English, with <see cref="Lang"/> to mark the English on a Spanish page (lang="en").
/// </summary>
public readonly record struct Localized(string? Text, string Language, string PageLanguage)
{
    /// <summary>The value for a lang attribute: null (so none is written) when the text is in the page's language.</summary>
    public string? Lang => Text is null || Language == PageLanguage ? null : Language;

    public override string ToString() => Text ?? string.Empty;

    public static Localized Pick(string? english, string? translated, string pageLanguage) =>
        pageLanguage != SiteLanguages.Default && !string.IsNullOrWhiteSpace(translated)
            ? new(translated, pageLanguage, pageLanguage)
            : new(english, SiteLanguages.Default, pageLanguage);
}

/// <summary>A resource's reader-facing texts in a page's language.</summary>
public sealed class ResourceTexts(Resource resource, string language)
{
    private readonly ResourceText? _text = resource.Translations.GetValueOrDefault(language);

    public Localized Description => Localized.Pick(resource.Description, _text?.Description, language);

    public Localized FirstContact => Localized.Pick(resource.FirstContact, _text?.FirstContact, language);

    public Localized Hours => Localized.Pick(resource.Hours, _text?.Hours, language);

    public Localized Confidentiality => Localized.Pick(resource.Confidentiality, _text?.Confidentiality, language);

    public Localized Alert => Localized.Pick(resource.Alert, _text?.Alert, language);
}

/// <summary>An event's reader-facing texts in a page's language.</summary>
public sealed class EventTexts(Event ev, string language)
{
    private readonly EventText? _text = ev.Translations.GetValueOrDefault(language);

    public Localized Title => Localized.Pick(ev.Title, _text?.Title, language);

    public Localized Description => Localized.Pick(ev.Description, _text?.Description, language);

    public Localized HowToJoin => Localized.Pick(ev.HowToJoin, _text?.HowToJoin, language);

    public Localized Place => Localized.Pick(ev.Place, _text?.Place, language);
}
