using System.Globalization;
using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SexWorkResourceHub.Web.Content;

/// <summary>
/// A parsed Markdown document as plain text, for places that show no HTML (calendar descriptions):
/// a link becomes "text (address)", emphasis and code lose their marks, lines an editor wrapped inside a
/// paragraph join up, paragraphs stay apart by a blank line, and list items keep a "1." or "-" in front.
/// Markdig's own ToPlainText drops every link's address and the blank lines between paragraphs.
/// </summary>
internal static class MarkdownPlainText
{
    /// <param name="document">Parsed with the site's pipeline.</param>
    /// <param name="absolute">Makes a link address absolute; only called for addresses <see cref="UrlPolicy"/> allows.</param>
    public static string Write(MarkdownDocument document, Func<string, string> absolute) =>
        Blocks(document, "\n\n", absolute);

    private static string Blocks(ContainerBlock container, string separator, Func<string, string> absolute) =>
        string.Join(separator, container.Select(block => Block(block, absolute)).Where(text => text.Length > 0));

    private static string Block(Block block, Func<string, string> absolute) => block switch
    {
        LinkReferenceDefinitionGroup => string.Empty,
        ListBlock list => string.Join("\n", list.OfType<ListItemBlock>().Select((item, i) => Item(list, item, i, absolute))),
        Footnote footnote => Prefixed($"[{footnote.Order}] ", Blocks(footnote, "\n", absolute)),
        ContainerBlock container => Blocks(container, "\n\n", absolute),
        LeafBlock { Inline: { } inline } => Inlines(inline, absolute).Trim(),
        LeafBlock leaf => leaf.Lines.ToString().TrimEnd(),
        _ => string.Empty,
    };

    private static string Item(ListBlock list, ListItemBlock item, int index, Func<string, string> absolute)
    {
        var start = int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var first) ? first : 1;
        var marker = list.IsOrdered ? $"{start + index}{list.OrderedDelimiter} " : "- ";
        return Prefixed(marker, Blocks(item, "\n", absolute));
    }

    /// <summary>The marker before the first line, and the lines after it indented under the text.</summary>
    private static string Prefixed(string marker, string text) =>
        marker + text.Replace("\n", "\n" + new string(' ', marker.Length), StringComparison.Ordinal);

    private static string Inlines(ContainerInline container, Func<string, string> absolute)
    {
        var text = new StringBuilder();
        foreach (var inline in container)
        {
            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                HtmlEntityInline entity => entity.Transcoded.ToString(),
                LineBreakInline lineBreak => lineBreak.IsHard ? "\n" : " ",
                AutolinkInline autolink => autolink.Url,
                LinkInline link => Link(link, absolute),
                FootnoteLink { IsBackLink: false } footnote => $"[{footnote.Footnote.Order}]",
                ContainerInline inner => Inlines(inner, absolute),
                _ => string.Empty,
            });
        }

        return text.ToString();
    }

    private static string Link(LinkInline link, Func<string, string> absolute)
    {
        var text = Inlines(link, absolute).Trim();
        var url = link.Url?.Trim();
        if (link.IsImage || url is null || !UrlPolicy.IsAllowed(url))
        {
            return text;
        }

        url = absolute(url);
        return link.IsAutoLink || text.Length == 0 || text == url ? url : $"{text} ({url})";
    }
}
