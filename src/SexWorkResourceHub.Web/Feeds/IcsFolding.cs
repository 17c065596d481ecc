using System.Text;

namespace SexWorkResourceHub.Web.Feeds;

/// <summary>
/// RFC 5545 section 3.1 folding, done again over Ical.Net's output. Ical.Net 5.2.4 folds at 75 octets
/// but may break a line between the two halves of a surrogate pair (an emoji, say), so each half is
/// written as invalid UTF-8 and a calendar app shows two replacement characters
/// (EventCalendarTests.Folding_never_splits_a_character_and_no_line_exceeds_75_octets caught it).
/// This unfolds every line and folds it again between whole characters.
/// </summary>
public static class IcsFolding
{
    public const int MaxOctets = 75;

    public static string Refold(string calendar)
    {
        var unfolded = calendar.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Replace("\r\n\t", string.Empty, StringComparison.Ordinal);
        var output = new StringBuilder(calendar.Length + 64);
        foreach (var line in unfolded.Split("\r\n"))
        {
            if (line.Length > 0)
            {
                AppendLine(output, line);
            }
        }

        return output.ToString();
    }

    /// <summary>
    /// One content line, folded so no physical line exceeds 75 octets of UTF-8 (the space that starts a
    /// continuation line counts), never inside a character, each line ended by CRLF.
    /// </summary>
    private static void AppendLine(StringBuilder output, string line)
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
