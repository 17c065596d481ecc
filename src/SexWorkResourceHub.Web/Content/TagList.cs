using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace SexWorkResourceHub.Web.Content;

/// <summary>
/// The topic tags articles may use, read from content/tags.yaml, each with the label readers see. Keeping
/// the list in a file of its own makes adding a tag a change that is reviewed like any other.
/// </summary>
public sealed class TagList
{
    public const string FileName = "tags.yaml";

    public static TagList Empty { get; } = new([], found: false);

    private TagList(IReadOnlyList<KeyValuePair<string, string>> tags, bool found)
    {
        Slugs = [.. tags.Select(t => t.Key)];
        Labels = tags.ToFrozenDictionary(StringComparer.Ordinal);
        Found = found;
    }

    /// <summary>The tags in the file's order.</summary>
    public ImmutableArray<string> Slugs { get; }

    /// <summary>Label by tag.</summary>
    public FrozenDictionary<string, string> Labels { get; }

    /// <summary>False when the content folder has no tags.yaml.</summary>
    public bool Found { get; }

    /// <summary>"The basics" for "basics"; a tag that is not on the list is shown in title case.</summary>
    public string Label(string tag) =>
        Labels.TryGetValue(tag, out var label) ? label : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(tag.Replace('-', ' '));

    public static TagList Read(string root, List<ContentProblem> problems)
    {
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path) && new FileInfo(path).LinkTarget is null)
        {
            return Empty;
        }

        // The tag list is a few hundred bytes; the same cap as any content file is generous.
        if (ContentFileReader.ReadText(root, path, ContentOptions.DefaultMaxFileBytes, out _, out var refused) is not { } text)
        {
            problems.Add(new ContentProblem(path, 1, refused!, true));
            return Empty;
        }

        if (YamlLoader.Load(path, text, 1, "the tag list", problems) is not YamlMappingNode mapping
            || !mapping.Children.TryGetValue(new YamlScalarNode("tags"), out var listNode)
            || listNode is not YamlSequenceNode list)
        {
            problems.Add(new ContentProblem(path, 1, "the tag list must hold a list under 'tags:', each entry with a slug and a label", true));
            return new TagList([], found: true);
        }

        var labels = new List<KeyValuePair<string, string>>();
        foreach (var item in list)
        {
            if (item is not YamlMappingNode entry)
            {
                problems.Add(new ContentProblem(path, (int)item.Start.Line, "each tag must have a slug and a label", true));
                continue;
            }

            var fields = new YamlFields(path, 1, entry, problems);
            fields.ReportUnknownKeys(["slug", "label"], "tag field");
            var slug = fields.String("slug", required: true, maxLength: 50);
            var label = fields.String("label", required: true, maxLength: 50);
            if (slug is null || label is null)
            {
                continue;
            }

            if (!ContentFileParser.SlugPattern().IsMatch(slug))
            {
                fields.AddAt("slug", $"'{slug}' is not a tag: use lowercase letters, digits and single hyphens");
            }
            else if (labels.Exists(t => t.Key == slug))
            {
                fields.AddAt("slug", $"the tag '{slug}' is listed twice");
            }
            else
            {
                labels.Add(new(slug, label));
            }
        }

        return new TagList(labels, found: true);
    }

    /// <summary>A problem at the tags line of every article that uses a tag this list does not have.</summary>
    public IEnumerable<ContentProblem> Check(IEnumerable<ContentFile> files)
    {
        foreach (var file in files)
        {
            if (file.Item is not Article article)
            {
                continue;
            }

            foreach (var tag in article.Tags.Where(t => !Labels.ContainsKey(t)))
            {
                yield return new ContentProblem(file.Path, file.TagsLine, Found
                    ? $"the tag '{tag}' is not on the tag list: use one of {string.Join(", ", Slugs)}, or add it to content/{FileName} in a change of its own"
                    : $"the tag '{tag}' cannot be checked: there is no tag list (content/{FileName}) listing the tags articles may use", false);
            }
        }
    }
}
