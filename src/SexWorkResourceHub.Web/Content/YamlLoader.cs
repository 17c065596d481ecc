using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SexWorkResourceHub.Web.Content;

/// <summary>Parses YAML text, turning every kind of parse failure into a problem at a file line.</summary>
internal static class YamlLoader
{
    /// <summary>
    /// The root node, or null (with a fatal problem) when the text is not valid YAML. Problem lines are
    /// file lines: <paramref name="firstLine"/> is the file line of the text's first line.
    /// </summary>
    public static YamlNode? Load(string file, string yaml, int firstLine, string what, List<ContentProblem> problems)
    {
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
