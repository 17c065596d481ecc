using System.Text;
using System.Text.Encodings.Web;

namespace SexWorkResourceHub.Web.Search;

/// <summary>
/// A snippet as both indexes return it: plain text with each match between two control characters
/// that no document contains. Only those become markup.
/// </summary>
public static class SearchSnippet
{
    public const char MarkStart = '\u0002';
    public const char MarkEnd = '\u0003';

    /// <summary>
    /// A body longer than this gets its snippet from the title and summary alone. Both indexes build a
    /// snippet from the document's text at search time, and FTS5's cost grows with the square of the
    /// matches in it: a 900 KB body in which every word matched took about 50 seconds. The longest
    /// bundled article is about 20 KB; at this length the worst case is a few hundredths of a second.
    /// </summary>
    public const int LongestBodyForSnippet = 32 * 1024;

    /// <summary>Encodes markup characters only; other text stays readable (Arabic, accents, …).</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>Encodes the snippet as text, then turns the match markers into &lt;mark&gt;: nothing else becomes markup.</summary>
    public static string Html(string snippet)
    {
        var html = new StringBuilder(snippet.Length + 32);
        var segment = new StringBuilder();
        var open = false;
        foreach (var c in snippet)
        {
            if (c is MarkStart or MarkEnd)
            {
                html.Append(Encoder.Encode(segment.ToString()));
                segment.Clear();
                // A marker out of turn is dropped, so the markup stays balanced whatever the text held.
                if ((c == MarkStart) != open)
                {
                    html.Append(open ? "</mark>" : "<mark>");
                    open = !open;
                }
            }
            else
            {
                segment.Append(c);
            }
        }

        html.Append(Encoder.Encode(segment.ToString()));
        return open ? html.Append("</mark>").ToString() : html.ToString();
    }
}
