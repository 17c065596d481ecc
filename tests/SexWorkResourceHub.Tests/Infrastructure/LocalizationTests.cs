using System.Text.RegularExpressions;
using System.Xml.Linq;
using SexWorkResourceHub.Tests.Support;

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

    private static List<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"(?:\b[LH]\[|localizer\[|Label\()""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex Asked();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
