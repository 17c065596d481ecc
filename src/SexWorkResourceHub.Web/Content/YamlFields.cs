using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SexWorkResourceHub.Web.Content;

/// <summary>
/// Typed reads of one YAML mapping (front matter, or one entry of a seed file), each problem reported
/// at the file line of its key. Wrong values are fatal; unknown keys are not (a warning at run time,
/// an error for check-content).
/// </summary>
internal sealed partial class YamlFields
{
    private readonly Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> _fields = new(StringComparer.Ordinal);
    private readonly List<ContentProblem> _problems;
    private readonly string _file;
    private readonly int _lineOffset;
    private readonly YamlNode _node;

    public YamlFields(string file, int firstLine, YamlMappingNode mapping, List<ContentProblem> problems)
    {
        _file = file;
        _lineOffset = firstLine - 1;
        _problems = problems;
        _node = mapping;
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is YamlScalarNode { Value: { } key } scalarKey)
            {
                _fields[key] = new(scalarKey, value);
            }
            else
            {
                Add(keyNode, "keys must be plain words");
            }
        }
    }

    /// <summary>File line where this mapping starts.</summary>
    public int Line => LineOf(_node);

    public bool Has(string key) => _fields.TryGetValue(key, out var field) && !IsNull(field.Value);

    /// <summary>File line of <paramref name="key"/>, or null when the mapping does not have it.</summary>
    public int? KeyLine(string key) => _fields.TryGetValue(key, out var field) ? LineOf(field.Key) : null;

    /// <summary>Reports every key that is not in <paramref name="allowed"/> (not fatal).</summary>
    public void ReportUnknownKeys(IReadOnlyCollection<string> allowed, string what)
    {
        foreach (var (key, field) in _fields)
        {
            if (!allowed.Contains(key))
            {
                Add(field.Key, $"unknown {what} '{key}' (allowed: {string.Join(", ", allowed)})", fatal: false);
            }
        }
    }

    public string? String(string key, bool required, int? maxLength = null)
    {
        if (!_fields.TryGetValue(key, out var field))
        {
            if (required)
            {
                Add(_node, $"'{key}' is required");
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

    /// <summary>A local date and time written "YYYY-MM-DD HH:MM", or a date alone (midnight).</summary>
    public DateTime? LocalDateTime(string key, bool required)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (System.DateTime.TryParseExact(text, ["yyyy-MM-dd HH:mm", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return System.DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
        }

        Add(_fields[key].Key, $"'{key}' must be written YYYY-MM-DD HH:MM (24-hour clock) or YYYY-MM-DD, not '{text}'");
        return null;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public int? Int(string key, int min, int max)
    {
        var text = String(key, required: false);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Add(_fields[key].Key, $"'{key}' must be a whole number from {min} to {max}, not '{text}'");
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
            _ => AddAndReturn<bool?>(_fields[key].Key, $"'{key}' must be true or false, not '{text}'", null),
        };
    }

    /// <summary>One of <paramref name="allowed"/>, written in lowercase with hyphens.</summary>
    public string? Choice(string key, IReadOnlyCollection<string> allowed, bool required)
    {
        var text = String(key, required)?.ToLowerInvariant();
        if (text is null || allowed.Contains(text))
        {
            return text;
        }

        Add(_fields[key].Key, $"'{key}' must be one of {string.Join(", ", allowed)}, not '{text}'");
        return null;
    }

    /// <summary>An absolute http or https address.</summary>
    public string? HttpUrl(string key, bool required)
    {
        var text = String(key, required, maxLength: 2000);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return text;
        }

        Add(_fields[key].Key, $"'{key}' must be an http or https address, not '{text}'");
        return null;
    }

    /// <summary>
    /// A list of short lowercase words (tags, language codes). <paramref name="problemWith"/>, when given,
    /// says what is wrong with a word it refuses, reported at that word's line.
    /// </summary>
    public ImmutableArray<string> Words(string key, Func<string, string?>? problemWith = null)
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

        var words = ImmutableArray.CreateBuilder<string>();
        foreach (var item in sequence)
        {
            var word = item is YamlScalarNode scalar ? ScalarText(scalar)?.Trim().ToLowerInvariant() : null;
            if (word is null || !WordPattern().IsMatch(word))
            {
                Add(item, $"each entry in '{key}' must be a short word of lowercase letters, digits and hyphens");
                continue;
            }

            if (problemWith?.Invoke(word) is { } problem)
            {
                Add(item, problem);
                continue;
            }

            if (!words.Contains(word))
            {
                words.Add(word);
            }
        }

        return words.ToImmutable();
    }

    /// <summary>Whether <paramref name="key"/> holds one plain value rather than a list or a mapping.</summary>
    public bool IsScalar(string key) => _fields.TryGetValue(key, out var field) && field.Value is YamlScalarNode scalar && ScalarText(scalar) is not null;

    /// <summary>Whether <paramref name="key"/> holds a list (possibly empty).</summary>
    public bool IsList(string key) => _fields.TryGetValue(key, out var field) && field.Value is YamlSequenceNode;

    /// <summary>A nested mapping, read with its own fields and lines; null when the key is absent or holds something else (reported).</summary>
    public YamlFields? Mapping(string key, string shape)
    {
        if (!_fields.TryGetValue(key, out var field) || IsNull(field.Value))
        {
            return null;
        }

        if (field.Value is not YamlMappingNode mapping)
        {
            Add(field.Key, $"'{key}' must be {shape}");
            return null;
        }

        return new YamlFields(_file, _lineOffset + 1, mapping, _problems);
    }

    /// <summary>The entries of a list of mappings, each read with its own fields and lines; empty when the key is absent.</summary>
    public IReadOnlyList<YamlFields> Mappings(string key, string shape)
    {
        if (!_fields.TryGetValue(key, out var field) || IsNull(field.Value))
        {
            return [];
        }

        if (field.Value is not YamlSequenceNode sequence)
        {
            Add(field.Key, $"'{key}' must be a list, each entry {shape}");
            return [];
        }

        var entries = new List<YamlFields>();
        foreach (var item in sequence)
        {
            if (item is YamlMappingNode mapping)
            {
                entries.Add(new YamlFields(_file, _lineOffset + 1, mapping, _problems));
            }
            else
            {
                Add(item, $"each entry in '{key}' must be {shape}");
            }
        }

        return entries;
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

            var source = ReadSource(new YamlFields(_file, _lineOffset + 1, mapping, _problems));
            if (source is not null)
            {
                sources.Add(source);
            }
        }

        return sources.ToImmutable();
    }

    private static readonly string[] SourceKeys = ["title", "url", "publisher", "date"];

    private static Source? ReadSource(YamlFields source)
    {
        source.ReportUnknownKeys(SourceKeys, "source field");
        var problemsBefore = source._problems.Count(p => p.Fatal);
        var title = source.String("title", required: false);
        if (title is null)
        {
            source.Add(source._node, "a source has no title");
        }

        var url = source.String("url", required: false);
        if (url is null)
        {
            source.Add(source._node, $"source '{title}' has no url: every source needs a link a reader can follow");
        }
        else if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            source.Add(source._node, $"source '{title}' has url '{url}', which is not an http or https address");
        }

        var date = source.String("date", required: false);
        if (date is null)
        {
            source.Add(source._node, $"source '{title}' has no date: give the date it was published, or for a page that changes (a law's current text, a service's website) the day it was read, as YYYY, YYYY-MM or YYYY-MM-DD", fatal: false);
        }
        else if (!DateOnly.TryParseExact(date, ["yyyy", "yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            source.Add(source._node, $"source '{title}' has date '{date}': write YYYY, YYYY-MM or YYYY-MM-DD");
        }

        // A missing publisher or date is reported (check-content fails on it) but the source is still
        // listed: the article stays readable while an editor fills the gap.
        var publisher = source.String("publisher", required: false);
        if (publisher is null)
        {
            source.Add(source._node, $"source '{title}' has no publisher: name who published it, for example \"Congress.gov, Library of Congress\"", fatal: false);
        }

        var ok = source._problems.Count(p => p.Fatal) == problemsBefore;
        return ok ? new Source(title!, url!, publisher, date) : null;
    }

    /// <summary>Records a problem at a node of this mapping (fatal unless told otherwise).</summary>
    public void Add(YamlNode node, string message, bool fatal = true) =>
        _problems.Add(new ContentProblem(_file, LineOf(node), message, fatal));

    /// <summary>Records a problem at the line of <paramref name="key"/>, or of the mapping when the key is absent.</summary>
    public void AddAt(string key, string message, bool fatal = true) =>
        Add(_fields.TryGetValue(key, out var field) ? field.Key : _node, message, fatal);

    private T AddAndReturn<T>(YamlNode node, string message, T value)
    {
        Add(node, message);
        return value;
    }

    private int LineOf(YamlNode node) => _lineOffset + (int)node.Start.Line;

    private static string? ScalarText(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null" ? null : scalar.Value;

    private static bool IsNull(YamlNode node) => node is YamlScalarNode scalar && string.IsNullOrEmpty(ScalarText(scalar));

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex WordPattern();
}
