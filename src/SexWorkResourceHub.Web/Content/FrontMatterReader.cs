using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SexWorkResourceHub.Web.Content;

/// <summary>
/// Reads typed fields from a front matter mapping, collecting problems with the file line of each key.
/// Schema problems are fatal; unknown keys are not (a warning at run time, an error for check-content).
/// </summary>
internal sealed partial class FrontMatterReader
{
    private readonly Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> _fields = new(StringComparer.Ordinal);
    private readonly List<ContentProblem> _problems;
    private readonly string _file;
    private readonly int _lineOffset;

    private FrontMatterReader(string file, int lineOffset, List<ContentProblem> problems)
    {
        _file = file;
        _lineOffset = lineOffset;
        _problems = problems;
    }

    /// <summary>Parses the YAML; returns null when it is not a mapping of keys to values.</summary>
    public static FrontMatterReader? Parse(string file, SplitDocument split, List<ContentProblem> problems)
    {
        var reader = new FrontMatterReader(file, split.YamlFirstLine - 1, problems);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(split.Yaml));
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            problems.Add(new ContentProblem(file, split.YamlFirstLine - 1 + (int)ex.Start.Line, "front matter is not valid YAML: " + CleanYamlMessage(message), true));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, without a position, for some malformed values: find where parsing stopped.
            problems.Add(new ContentProblem(file, split.YamlFirstLine - 1 + LineWhereParsingStops(split.Yaml),
                "front matter is not valid YAML: check quotes, brackets and indentation", true));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var line = stream.Documents.Count == 0 ? split.YamlFirstLine : reader.LineOf(stream.Documents[0].RootNode);
            problems.Add(new ContentProblem(file, line, "front matter must be a list of 'key: value' fields", true));
            return null;
        }

        foreach (var (keyNode, value) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey)
            {
                problems.Add(new ContentProblem(file, reader.LineOf(keyNode), "front matter keys must be plain words", true));
                continue;
            }

            reader._fields[key] = new(scalarKey, value);
        }

        return reader;
    }

    /// <summary>Reports every key that is not in <paramref name="allowed"/> (not fatal).</summary>
    public void ReportUnknownKeys(IReadOnlyCollection<string> allowed)
    {
        foreach (var (key, field) in _fields)
        {
            if (!allowed.Contains(key))
            {
                Add(field.Key, $"unknown front matter key '{key}' (allowed: {string.Join(", ", allowed)})", fatal: false);
            }
        }
    }

    public string? String(string key, bool required, int? maxLength = null)
    {
        if (!_fields.TryGetValue(key, out var field))
        {
            if (required)
            {
                AddAtStart($"'{key}' is required");
            }

            return null;
        }

        if (field.Value is not YamlScalarNode scalar)
        {
            Add(field.Key, $"'{key}' must be a single text value");
            return null;
        }

        var value = ScalarText(scalar)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                Add(field.Key, $"'{key}' is required and must not be empty");
            }

            return null;
        }

        if (maxLength is { } max && value.Length > max)
        {
            Add(field.Key, $"'{key}' is {value.Length} characters long; the limit is {max}");
            return null;
        }

        return value;
    }

    public DateOnly? Date(string key, bool required)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(_fields[key].Key, $"'{key}' must be a real date written YYYY-MM-DD, not '{text}'");
        return null;
    }

    public bool? Bool(string key)
    {
        var text = String(key, required: false);
        return text switch
        {
            null => null,
            "true" => true,
            "false" => false,
            _ => AddAndReturnNull(_fields[key].Key, $"'{key}' must be true or false, not '{text}'"),
        };
    }

    public ImmutableArray<string> Tags(string key)
    {
        if (!_fields.TryGetValue(key, out var field) || IsNull(field.Value))
        {
            return [];
        }

        if (field.Value is not YamlSequenceNode sequence)
        {
            Add(field.Key, $"'{key}' must be a list, for example [law, basics]");
            return [];
        }

        var tags = ImmutableArray.CreateBuilder<string>();
        foreach (var item in sequence)
        {
            var tag = item is YamlScalarNode scalar ? ScalarText(scalar)?.Trim().ToLowerInvariant() : null;
            if (tag is null || !TagPattern().IsMatch(tag))
            {
                Add(item, $"each tag in '{key}' must be a short word of lowercase letters, digits and hyphens");
                continue;
            }

            if (!tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }

        return tags.ToImmutable();
    }

    public ImmutableArray<Source> Sources(string key)
    {
        if (!_fields.TryGetValue(key, out var field) || IsNull(field.Value))
        {
            return [];
        }

        if (field.Value is not YamlSequenceNode sequence)
        {
            Add(field.Key, $"'{key}' must be a list of sources, each with title, url, publisher and date");
            return [];
        }

        var sources = ImmutableArray.CreateBuilder<Source>();
        foreach (var item in sequence)
        {
            if (item is not YamlMappingNode mapping)
            {
                Add(item, $"each entry in '{key}' must have title, url, publisher and date fields");
                continue;
            }

            var source = ReadSource(mapping);
            if (source is not null)
            {
                sources.Add(source);
            }
        }

        return sources.ToImmutable();
    }

    private Source? ReadSource(YamlMappingNode mapping)
    {
        string? Field(string name) =>
            mapping.Children.TryGetValue(new YamlScalarNode(name), out var node) && node is YamlScalarNode scalar
                ? ScalarText(scalar)?.Trim() is { Length: > 0 } text ? text : null
                : null;

        foreach (var (keyNode, _) in mapping.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } name } && !SourceKeys.Contains(name))
            {
                Add(keyNode, $"unknown source field '{name}' (allowed: {string.Join(", ", SourceKeys)})", fatal: false);
            }
        }

        var title = Field("title");
        var url = Field("url");
        var date = Field("date");
        var ok = true;
        if (title is null)
        {
            Add(mapping, "a source has no title");
            ok = false;
        }

        if (url is null)
        {
            Add(mapping, $"source '{title}' has no url: every source needs a link a reader can follow");
            ok = false;
        }
        else if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            Add(mapping, $"source '{title}' has url '{url}', which is not an http or https address");
            ok = false;
        }

        if (date is not null && !IsSourceDate(date))
        {
            Add(mapping, $"source '{title}' has date '{date}': write YYYY, YYYY-MM or YYYY-MM-DD");
            ok = false;
        }

        return ok ? new Source(title!, url!, Field("publisher"), date) : null;
    }

    private static readonly string[] SourceKeys = ["title", "url", "publisher", "date"];

    private static bool IsSourceDate(string text) =>
        DateOnly.TryParseExact(text, ["yyyy", "yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static string? ScalarText(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null" ? null : scalar.Value;

    private static bool IsNull(YamlNode node) => node is YamlScalarNode scalar && string.IsNullOrEmpty(ScalarText(scalar));

    private bool? AddAndReturnNull(YamlNode node, string message)
    {
        Add(node, message);
        return null;
    }

    private void Add(YamlNode node, string message, bool fatal = true) =>
        _problems.Add(new ContentProblem(_file, LineOf(node), message, fatal));

    private void AddAtStart(string message) =>
        _problems.Add(new ContentProblem(_file, 1, message, true));

    private int LineOf(YamlNode node) => _lineOffset + (int)node.Start.Line;

    private static int LineWhereParsingStops(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var line = 1;
        try
        {
            while (parser.MoveNext())
            {
                line = (int)(parser.Current?.End.Line ?? line);
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // Expected: this is the point the loader stopped at.
        }

        return line;
    }

    private static string CleanYamlMessage(string message)
    {
        // YamlDotNet prefixes positions like "(Line: 3, Col: 1, Idx: 10) - (Line: ...): "; the line is reported separately.
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        return index >= 0 ? message[(index + 3)..] : message;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex TagPattern();
}
