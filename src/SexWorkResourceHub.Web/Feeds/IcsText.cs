using System.Text;

namespace SexWorkResourceHub.Web.Feeds;

/// <summary>RFC 5545 content lines: TEXT escaping, and folding at 75 octets with CRLF line ends.</summary>
public static class IcsText
{
    public const int MaxOctets = 75;

    /// <summary>Escapes a TEXT value: backslash, semicolon and comma get a backslash; line breaks become \n.</summary>
    public static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\n", StringComparison.Ordinal)
        .Replace('\r', '\n')
        .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>
    /// Appends one content line, folded so no physical line exceeds 75 octets of UTF-8 (the space that
    /// starts a continuation line counts), never inside a character, each line ended by CRLF.
    /// </summary>
    public static void AppendLine(StringBuilder output, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxOctets)
            {
                output.Append("\r\n ");
                octets = 1;
            }

            output.Append(rune.ToString());
            octets += size;
        }

        output.Append("\r\n");
    }
}
