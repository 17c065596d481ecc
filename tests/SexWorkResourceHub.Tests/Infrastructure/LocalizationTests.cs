using System.Text.RegularExpressions;
using System.Xml.Linq;
using SexWorkResourceHub.Tests.Support;
using SexWorkResourceHub.Web.Events;
using SexWorkResourceHub.Web.Pages.Resources;
using SexWorkResourceHub.Web.Pages.Suggest;
using SexWorkResourceHub.Web.Resources;

namespace SexWorkResourceHub.Tests.Infrastructure;

/// <summary>The interface text: every key the code asks for is in the English resources, and every English key has a value in each other language.</summary>
public sealed partial class LocalizationTests
{
    private static readonly string Source = Path.Combine(Path.GetDirectoryName(RepositoryContent.Folder)!, "src", "SexWorkResourceHub.Web");

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Source, "Localization", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    [Fact]
    public void Every_english_key_has_a_spanish_value()
    {
        var english = Read("SharedResource.resx");
        var spanish = Read("SharedResource.es.resx");

        Assert.NotEmpty(english);
        List<string> missing = [.. english.Keys.Where(k => !spanish.TryGetValue(k, out var value) || string.IsNullOrWhiteSpace(value))];
        Assert.Empty(missing);
        Assert.Empty(spanish.Keys.Except(english.Keys));
        // A placeholder in the English needs its place in the Spanish.
        Assert.All(english.Keys, k => Assert.Equal(Placeholders(k), Placeholders(spanish[k])));
    }

    [Fact]
    public void Every_text_the_code_asks_the_localizer_for_is_in_the_english_resources()
    {
        var english = Read("SharedResource.resx");
        var asked = Directory.EnumerateFiles(Source, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Asked().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value.Replace("\\\"", "\"", StringComparison.Ordinal))))
            .ToList();

        Assert.Contains(asked, a => a.Key == "Quick exit");
        List<string> unknown = [.. asked.Where(a => !english.ContainsKey(a.Key)).Select(a => $"{a.File}: {a.Key}")];
        Assert.Empty(unknown);
    }

    /// <summary>Names the code looks up from its lists rather than as written text: each needs its resource too.</summary>
    [Fact]
    public void Every_listed_name_the_pages_translate_is_in_the_resources()
    {
        var english = Read("SharedResource.resx");
        string[] names =
        [
            .. LanguageList.All.Select(l => l.Name),
            .. EventZones.Common.Select(z => z.Label),
            .. PlaceList.Countries.Select(c => c.Name),
            .. PlaceList.Countries.Select(PlaceChoices.AcrossCountry),
        ];

        List<string> missing = [.. names.Where(n => !english.ContainsKey(n))];
        Assert.Empty(missing);
    }

    /// <summary>The public forms' labels and validation messages are looked up by their English ([Display], ErrorMessage, Ui.T).</summary>
    [Fact]
    public void Every_label_and_message_of_the_public_forms_is_in_the_resources()
    {
        var english = Read("SharedResource.resx");
        var texts = typeof(SuggestionInput).Assembly.GetTypes()
            .Where(t => t.IsAssignableTo(typeof(SuggestionInput)))
            .SelectMany(t => t.GetProperties())
            .SelectMany(p => p.GetCustomAttributes(true))
            .Select(a => a switch
            {
                System.ComponentModel.DataAnnotations.DisplayAttribute display => display.Name,
                System.ComponentModel.DataAnnotations.ValidationAttribute validation => validation.ErrorMessage,
                _ => null,
            })
            .OfType<string>()
            .Distinct()
            .ToList();

        Assert.Contains("Your email or phone (optional)", texts);
        List<string> missing = [.. texts.Where(t => !english.ContainsKey(t))];
        Assert.Empty(missing);
    }

    /// <summary>The build keeps one of two resource names that differ only in case, so the other text would never show.</summary>
    [Fact]
    public void No_two_keys_differ_only_in_case()
    {
        List<string> clashes = [.. Read("SharedResource.resx").Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g))];
        Assert.Empty(clashes);
    }

    private static List<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"(?:\b[LH]\[|localizer\[|Label\(|\bUi\.T\()""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex Asked();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
