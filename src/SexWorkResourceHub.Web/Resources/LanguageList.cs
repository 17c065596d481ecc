namespace SexWorkResourceHub.Web.Resources;

/// <summary>A language a service works in: its BCP 47 code, as stored, and its name, as readers see it.</summary>
public sealed record Language(string Code, string Name);

/// <summary>
/// The languages a resource can say it works in. The names are fixed here rather than taken from
/// CultureInfo, whose names depend on the ICU data of the machine (and, in invariant mode, are missing).
/// A language joins the list here; stored codes need no migration.
/// </summary>
public static class LanguageList
{
    /// <summary>In the order the editor form shows them: the directory's most common first.</summary>
    public static readonly IReadOnlyList<Language> All =
    [
        new("en", "English"),
        new("es", "Spanish"),
        new("fr", "French"),
        new("pt", "Portuguese"),
        new("ht", "Haitian Creole"),
        new("zh", "Chinese"),
        new("vi", "Vietnamese"),
        new("ko", "Korean"),
        new("tl", "Tagalog"),
        new("ar", "Arabic"),
        new("ru", "Russian"),
        new("uk", "Ukrainian"),
        new("pl", "Polish"),
        new("hi", "Hindi"),
        new("th", "Thai"),
        new("ase", "American Sign Language"),
    ];

    private static readonly Dictionary<string, string> Names = All.ToDictionary(l => l.Code, l => l.Name, StringComparer.OrdinalIgnoreCase);

    public static bool IsKnown(string code) => Names.ContainsKey(code);

    /// <summary>"English" for "en"; null for a code not on the list.</summary>
    public static string? NameOf(string code) => Names.GetValueOrDefault(code);

    /// <summary>"en (English), es (Spanish), ...", for a message that says what to use instead.</summary>
    public static string Choices { get; } = string.Join(", ", All.Select(l => $"{l.Code} ({l.Name})"));
}
