namespace SexWorkResourceHub.Web.Content;

/// <summary>A content file cut into its YAML front matter and Markdown body, with where each starts.</summary>
internal sealed record SplitDocument(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);

/// <summary>Finds the front matter between the first two "---" lines of a file.</summary>
internal static class FrontMatterSplitter
{
    /// <summary>
    /// Front matter is a handful of fields; a block this long is a mistake or an attack, and is refused
    /// before any YAML parser sees it.
    /// </summary>
    public const int MaxFrontMatterChars = 64 * 1024;

    /// <summary>Returns null (with a message) when the file has no well-formed front matter block.</summary>
    public static SplitDocument? Split(string text, out string? error)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        error = null;

        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            error = "the file must start with front matter: a line '---', the YAML fields, then another '---'";
            return null;
        }

        var yamlStart = 4;
        var close = FindClosingLine(text, yamlStart);
        if (close < 0)
        {
            error = "the front matter is not closed: add a line '---' after the YAML fields";
            return null;
        }

        if (close - yamlStart > MaxFrontMatterChars)
        {
            error = $"the front matter is {(close - yamlStart + 1023) / 1024} KB long; the limit is {MaxFrontMatterChars / 1024} KB";
            return null;
        }

        var yaml = text[yamlStart..close];
        var afterClose = text.IndexOf('\n', close);
        var body = afterClose < 0 ? string.Empty : text[(afterClose + 1)..];
        var yamlLines = CountLines(yaml);
        // Line 1 is the opening '---'; the YAML starts on line 2; the body after the closing line.
        return new SplitDocument(yaml, 2, body, 2 + yamlLines + 1);
    }

    private static int FindClosingLine(string text, int from)
    {
        var position = from;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = end < 0 ? text[position..] : text[position..end];
            if (line.TrimEnd() is "---" or "...")
            {
                return position;
            }

            if (end < 0)
            {
                return -1;
            }

            position = end + 1;
        }

        return -1;
    }

    private static int CountLines(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                count++;
            }
        }

        return count;
    }
}
