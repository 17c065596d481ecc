using System.ComponentModel.DataAnnotations;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Pages.Editor;

/// <summary>
/// A resource's texts in one of the site's other languages, as the editors' form holds them. Every field
/// is optional: an empty one shows the English to readers of that language, marked as English.
/// </summary>
public sealed class ResourceTextInput
{
    [StringLength(FieldLimits.Description, ErrorMessage = "The description can be at most {1} characters.")]
    public string? Description { get; set; }

    [StringLength(FieldLimits.FirstContact, ErrorMessage = "What happens first can be at most {1} characters.")]
    public string? FirstContact { get; set; }

    [StringLength(FieldLimits.Hours, ErrorMessage = "The note on hours can be at most {1} characters.")]
    public string? Hours { get; set; }

    [StringLength(FieldLimits.Confidentiality, ErrorMessage = "The statement can be at most {1} characters.")]
    public string? Confidentiality { get; set; }

    [StringLength(FieldLimits.Alert, ErrorMessage = "The notice can be at most {1} characters.")]
    public string? Alert { get; set; }

    public static ResourceTextInput From(ResourceText? text) => new()
    {
        Description = text?.Description,
        FirstContact = text?.FirstContact,
        Hours = text?.Hours,
        Confidentiality = text?.Confidentiality,
        Alert = text?.Alert,
    };

    public ResourceText ToText() => new()
    {
        Description = TranslationInputs.Clean(Description),
        FirstContact = TranslationInputs.Clean(FirstContact),
        Hours = TranslationInputs.Clean(Hours),
        Confidentiality = TranslationInputs.Clean(Confidentiality),
        Alert = TranslationInputs.Clean(Alert),
    };

    /// <summary>As the history shows it, so an edit conflict reads the same.</summary>
    public override string ToString() => ToText().ToString();
}

/// <summary>An event's texts in one of the site's other languages, as the editors' form holds them.</summary>
public sealed class EventTextInput
{
    [StringLength(FieldLimits.Name, ErrorMessage = "The title can be at most {1} characters.")]
    public string? Title { get; set; }

    [StringLength(FieldLimits.EventDescription, ErrorMessage = "The description can be at most {1} characters.")]
    public string? Description { get; set; }

    [StringLength(FieldLimits.Description, ErrorMessage = "How to take part can be at most {1} characters.")]
    public string? HowToJoin { get; set; }

    [StringLength(FieldLimits.Place, ErrorMessage = "The place can be at most {1} characters.")]
    public string? Place { get; set; }

    public static EventTextInput From(EventText? text) => new()
    {
        Title = text?.Title,
        Description = text?.Description,
        HowToJoin = text?.HowToJoin,
        Place = text?.Place,
    };

    public EventText ToText() => new()
    {
        Title = TranslationInputs.Clean(Title),
        Description = TranslationInputs.Clean(Description),
        HowToJoin = TranslationInputs.Clean(HowToJoin),
        Place = TranslationInputs.Clean(Place),
    };

    public override string ToString() => ToText().ToString();
}

/// <summary>Between the form's per-language texts and the record's.</summary>
public static class TranslationInputs
{
    /// <summary>A form's texts for every other language, from the record's (empty where it has none).</summary>
    public static Dictionary<string, TInput> For<TText, TInput>(IReadOnlyDictionary<string, TText> stored, Func<TText?, TInput> from)
        where TText : class =>
        SiteLanguages.Translations.ToDictionary(l => l.Code, l => from(stored.GetValueOrDefault(l.Code)), StringComparer.Ordinal);

    /// <summary>
    /// The record's texts from the form: only the site's languages (a posted key for any other is
    /// ignored), and none stored for a language left empty.
    /// </summary>
    public static Dictionary<string, TText> ToTexts<TInput, TText>(IReadOnlyDictionary<string, TInput> posted, Func<TInput, TText> toText, Func<TText, bool> isEmpty) =>
        SiteLanguages.Translations
            .Where(l => posted.ContainsKey(l.Code))
            .Select(l => (l.Code, Text: toText(posted[l.Code])))
            .Where(t => !isEmpty(t.Text))
            .ToDictionary(t => t.Code, t => t.Text, StringComparer.Ordinal);

    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
