using System.Collections.Immutable;

namespace SexWorkResourceHub.Web.Content;

/// <summary>A link or image found in Markdown, kept so links can be checked without parsing again.</summary>
public sealed record MarkdownLink(string Url, int Line, bool IsImage, string? AltText);

/// <summary>A note from rendering that an editor should fix; the line is within the Markdown body (0-based).</summary>
public sealed record MarkdownNote(int Line, string Message);

/// <summary>Markdown rendered to safe HTML, with what the catalog and checker need to know about it.</summary>
public sealed record RenderedMarkdown(
    string Html,
    ImmutableArray<TocEntry> Toc,
    ImmutableArray<string> HeadingIds,
    ImmutableArray<MarkdownLink> Links,
    ImmutableArray<MarkdownNote> Notes,
    int WordCount)
{
    /// <summary>Minutes at 200 words a minute, a pace that suits careful readers; never less than one.</summary>
    public int ReadingMinutes => Math.Max(1, (int)Math.Ceiling(WordCount / 200.0));
}
