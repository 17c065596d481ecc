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
            problems.Add(new ContentProblem(file, firstLine - 1 + (int)ex.Start.Line, $"{what} is not valid YAML: {CleanMessage(message)}", true));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, without a position, for some malformed values: find where parsing stopped.
            problems.Add(new ContentProblem(file, firstLine - 1 + LineWhereParsingStops(yaml),
                $"{what} is not valid YAML: check quotes, brackets and indentation", true));
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

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes positions like "(Line: 3, Col: 1, Idx: 10) - (Line: ...): "; the line is reported separately.
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        return index >= 0 ? message[(index + 3)..] : message;
    }
}
