using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace SexWorkResourceHub.Web.Content;

/// <summary>Parses YAML text, turning every kind of parse failure into a problem at a file line.</summary>
internal static class YamlLoader
{
    /// <summary>
    /// How deep lists and mappings may nest. Real front matter and seed files use four levels at most.
    /// YamlDotNet builds its node tree recursively, so a file nested tens of thousands of levels deep
    /// overflows the stack, which .NET cannot catch: the process dies on every start. The depth is
    /// measured first with the parser alone, which keeps its own stack and stops at the limit.
    /// </summary>
    public const int MaxDepth = 20;

    /// <summary>
    /// The root node, or null (with a fatal problem) when the text is not valid YAML. Problem lines are
    /// file lines: <paramref name="firstLine"/> is the file line of the text's first line.
    /// </summary>
    public static YamlNode? Load(string file, string yaml, int firstLine, string what, List<ContentProblem> problems)
    {
        if (DepthLimitExceededAt(yaml) is { } deepLine)
        {
            problems.Add(new ContentProblem(file, firstLine - 1 + deepLine,
                $"{what} nests lists or mappings more than {MaxDepth} levels deep", true));
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            var line = firstLine - 1 + (int)ex.Start.Line;
            problems.Add(new ContentProblem(file, line, $"{what} is not valid YAML: {Explain(CleanMessage(message), yaml, ex.Start, line)}", true));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, without a position, for some malformed values: find where parsing stopped.
            var stop = LineWhereParsingStops(yaml);
            problems.Add(new ContentProblem(file, firstLine - 1 + stop, $"{what} is not valid YAML: {Unbalanced(yaml, stop)}", true));
            return null;
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    /// <summary>The line where nesting passes <see cref="MaxDepth"/>, or null when it never does (or the text does not parse; the loader reports that).</summary>
    private static int? DepthLimitExceededAt(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart when ++depth > MaxDepth:
                        return (int)parser.Current.Start.Line;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // Malformed: the real load below reports it at its line.
        }

        return null;
    }

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

    /// <summary>
    /// YamlDotNet's message in plain words, for an editor who has never read the YAML specification, with
    /// what to do about it; a message not listed here is passed on as it is.
    /// </summary>
    private static string Explain(string message, string yaml, Mark start, int fileLine)
    {
        // A quoted value with no closing quote runs on to the next lines, where YamlDotNet stops, at the end
        // of the text or at a line that is not indented as a continuation would be.
        if (message.Contains("quoted scalar", StringComparison.Ordinal))
        {
            var quote = CharAt(yaml, start) is '\'' ? "'" : "\"";
            return $"a quotation mark ({quote}) opened on line {fileLine} is never closed: close it with {quote} at the end of the value";
        }

        return message switch
        {
            _ when message.Contains("Mapping values are not allowed", StringComparison.Ordinal) || message.Contains("found invalid mapping", StringComparison.Ordinal) =>
                "a colon followed by a space inside a value: put the whole value in quotation marks",
            _ when message.Contains("could not find expected ':'", StringComparison.Ordinal) =>
                "a line has no colon after its key: write it as key: value",
            _ when message.Contains("cannot start any token", StringComparison.Ordinal) =>
                "a value starts with a character YAML keeps for itself (such as @, ` or %): put the value in quotation marks",
            _ when message.Contains("did not find expected ',' or ']'", StringComparison.Ordinal) =>
                "a list in square brackets is not closed: end it with ]",
            _ when message.Contains("did not find expected ',' or '}'", StringComparison.Ordinal) =>
                "a set of values in curly brackets is not closed: end it with }",
            _ when message.Contains("did not find expected '-' indicator", StringComparison.Ordinal) =>
                "the indentation is off in a list: start each item with - in the same column",
            _ when message.Contains("did not find expected key", StringComparison.Ordinal) =>
                "the indentation is off: start each key of an entry in the same column, and indent a value that runs onto more lines",
            _ => message,
        };
    }

    /// <summary>For a failure without a message: a bracket opened and not closed on that line, or the general advice.</summary>
    private static string Unbalanced(string yaml, int line)
    {
        var text = yaml.Split('\n') is var lines && line >= 1 && line <= lines.Length ? lines[line - 1] : string.Empty;
        return text.Count(c => c == '[') > text.Count(c => c == ']') ? "a list in square brackets is not closed: end it with ]"
            : text.Count(c => c == '{') > text.Count(c => c == '}') ? "a set of values in curly brackets is not closed: end it with }"
            : "check quotes, brackets and indentation";
    }

    private static char? CharAt(string yaml, Mark mark)
    {
        var lines = yaml.Split('\n');
        var line = (int)mark.Line - 1;
        var column = (int)mark.Column - 1;
        return line >= 0 && line < lines.Length && column >= 0 && column < lines[line].Length ? lines[line][column] : null;
    }

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes positions like "(Line: 3, Col: 1, Idx: 10) - (Line: ...): "; the line is reported separately.
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        return index >= 0 ? message[(index + 3)..] : message;
    }
}
