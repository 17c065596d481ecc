using System.Collections.Immutable;
using System.Text;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Infrastructure;

namespace SexWorkResourceHub.Web.Content;

/// <summary>
/// The site's one Markdown pipeline, built once and shared (Markdig pipelines are thread-safe).
/// Raw HTML is shown as text, link and image URLs are limited by <see cref="UrlPolicy"/>,
/// and external links get rel="noopener noreferrer".
/// </summary>
public sealed class MarkdownRenderer(IOptions<SiteOptions> site, IStringLocalizer<SharedResource>? localizer = null)
{
    /// <summary>Container names editors may use (::: callout).</summary>
    public static readonly ImmutableArray<string> ContainerKinds = ["callout", "content-note"];

    /// <summary>
    /// "::: lang-en" marks a passage left in another language (a statute quoted in English in a Spanish
    /// article): the container gets lang="en", so screen readers pronounce it as English.
    /// </summary>
    public const string LanguageContainerPrefix = "lang-";

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseCustomContainers()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    /// <summary>Renders Markdown written in <paramref name="language"/>: the labels the renderer adds (a section's copy link, a wide table's name) are in it too.</summary>
    public RenderedMarkdown Render(string markdown, string language = SiteLanguages.Default)
    {
        string Label(string english) => localizer is null ? english : Localization.TextIn.Language(localizer, language, english);
        var document = Markdown.Parse(markdown, _pipeline);
        var notes = ImmutableArray.CreateBuilder<MarkdownNote>();
        var links = SanitizeLinks(document, notes);
        var (toc, ids) = ReadHeadings(document, notes);
        MarkContainers(document, notes);
        var words = CountWords(document);
        AddHeadingAnchors(document, Label("Copy link to this section"));

        var html = new StringBuilder(markdown.Length * 2);
        using (var writer = new StringWriter(html))
        {
            var renderer = new HtmlRenderer(writer);
            _pipeline.Setup(renderer);
            renderer.ObjectRenderers.Replace<HtmlTableRenderer>(new ScrollableTableRenderer(Label("Table (scrolls sideways)")));
            renderer.Render(document);
        }

        return new RenderedMarkdown(html.ToString(), toc, ids, links, notes.ToImmutable(), words);
    }

    /// <summary>
    /// The Markdown as plain text (see <see cref="MarkdownPlainText"/>), each allowed link's address made
    /// absolute by <paramref name="absolute"/>.
    /// </summary>
    public string ToPlainText(string markdown, Func<string, string> absolute) =>
        MarkdownPlainText.Write(Markdown.Parse(markdown, _pipeline), absolute);

    private ImmutableArray<MarkdownLink> SanitizeLinks(MarkdownDocument document, ImmutableArray<MarkdownNote>.Builder notes)
    {
        var links = ImmutableArray.CreateBuilder<MarkdownLink>();
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var url = link.Url ?? string.Empty;
            var alt = link.IsImage ? PlainText(link) : null;
            if (!UrlPolicy.IsAllowed(url))
            {
                notes.Add(new MarkdownNote(link.Line, $"link to '{Shorten(url)}' was removed: only http, https, mailto, tel and site links are allowed"));
                link.ReplaceBy(new LiteralInline(link.IsImage ? alt ?? string.Empty : PlainText(link)), copyChildren: false);
                continue;
            }

            links.Add(new MarkdownLink(url, link.Line, link.IsImage, alt));
            if (!link.IsImage && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            {
                // Printed after the link text as a full address (see the print styles): "/glossary" on paper leads nowhere.
                link.GetAttributes().AddPropertyIfNotExist("data-print-href", site.Value.Absolute(url));
            }

            if (!link.IsImage && UrlPolicy.IsExternal(url))
            {
                link.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
            if (!UrlPolicy.IsAllowed(url))
            {
                notes.Add(new MarkdownNote(autolink.Line, $"link to '{Shorten(url)}' was removed: only http, https, mailto, tel and site links are allowed"));
                autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
                continue;
            }

            links.Add(new MarkdownLink(url, autolink.Line, false, null));
            if (UrlPolicy.IsExternal(url))
            {
                autolink.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");
            }
        }

        return links.ToImmutable();
    }

    private static (ImmutableArray<TocEntry> Toc, ImmutableArray<string> Ids) ReadHeadings(
        MarkdownDocument document, ImmutableArray<MarkdownNote>.Builder notes)
    {
        var toc = ImmutableArray.CreateBuilder<TocEntry>();
        var ids = ImmutableArray.CreateBuilder<string>();
        var previousLevel = 1;
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Level == 1)
            {
                // The page title is the only h1; a body h1 would break the heading outline.
                notes.Add(new MarkdownNote(heading.Line, "use '##' for top-level headings: the title is the page's only h1"));
                heading.Level = 2;
            }

            if (heading.Level > previousLevel + 1)
            {
                notes.Add(new MarkdownNote(heading.Line, $"heading level {heading.Level} skips level {previousLevel + 1}"));
            }

            previousLevel = heading.Level;
            var id = heading.TryGetAttributes()?.Id;
            if (id is null)
            {
                continue;
            }

            // Without accents, so "### Explotación" is #explotacion: an address that survives being typed,
            // pasted into a chat or printed. (GitHub-style ids keep the letters as they are.)
            var folded = Search.SearchQuery.Fold(id);
            if (folded != id && !ids.Contains(folded))
            {
                heading.GetAttributes().Id = id = folded;
            }

            ids.Add(id);
            if (heading.Level is 2 or 3)
            {
                toc.Add(new TocEntry(heading.Level, id, PlainText(heading.Inline)));
            }
        }

        return (toc.ToImmutable(), ids.ToImmutable());
    }

    private static void MarkContainers(MarkdownDocument document, ImmutableArray<MarkdownNote>.Builder notes)
    {
        foreach (var container in document.Descendants<CustomContainer>())
        {
            var kind = container.Info?.Trim() ?? string.Empty;
            if (kind.StartsWith(LanguageContainerPrefix, StringComparison.Ordinal))
            {
                var language = kind[LanguageContainerPrefix.Length..];
                if (SiteLanguages.All.Any(l => l.Code == language))
                {
                    container.GetAttributes().AddPropertyIfNotExist("lang", language);
                }
                else
                {
                    notes.Add(new MarkdownNote(container.Line,
                        $"unknown language '{language}' in '{kind}' (use: {string.Join(", ", SiteLanguages.All.Select(l => LanguageContainerPrefix + l.Code))})"));
                }

                continue;
            }

            if (!ContainerKinds.Contains(kind))
            {
                notes.Add(new MarkdownNote(container.Line, $"unknown container '{kind}' (use: {string.Join(", ", ContainerKinds)}, or lang-en for a passage in English)"));
            }

            container.GetAttributes().AddPropertyIfNotExist("role", "note");
        }
    }

    /// <summary>Gives each h2 to h4 a "#" link to itself, for sharing a link to one section.</summary>
    private static void AddHeadingAnchors(MarkdownDocument document, string label)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Level is < 2 or > 4 || heading.TryGetAttributes()?.Id is not { } id || heading.Inline is null)
            {
                continue;
            }

            var anchor = new LinkInline("#" + id, string.Empty);
            anchor.AppendChild(new LiteralInline("#"));
            var attributes = anchor.GetAttributes();
            attributes.AddClass("heading-anchor");
            // With JavaScript a click also copies the section's full address (site.js), as "Copy link" does.
            attributes.AddProperty("aria-label", label);
            attributes.AddProperty("data-copy-link", string.Empty);
            heading.Inline.AppendChild(new LiteralInline(" "));
            heading.Inline.AppendChild(anchor);
        }
    }

    private static int CountWords(MarkdownDocument document)
    {
        var words = 0;
        foreach (var inline in document.Descendants<Inline>())
        {
            var text = inline switch
            {
                LiteralInline literal => literal.Content.AsSpan(),
                CodeInline code => code.Content.AsSpan(),
                _ => default,
            };
            var inWord = false;
            foreach (var c in text)
            {
                var isWordChar = !char.IsWhiteSpace(c);
                if (isWordChar && !inWord)
                {
                    words++;
                }

                inWord = isWordChar;
            }
        }

        return words;
    }

    internal static string PlainText(ContainerInline? container)
    {
        if (container is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
            }
        }

        return text.ToString().Trim();
    }

    private static string Shorten(string url) => url.Length <= 60 ? url : url[..57] + "...";

    /// <summary>Wraps tables so a wide one scrolls on a phone instead of widening the page.</summary>
    private sealed class ScrollableTableRenderer(string label) : HtmlTableRenderer
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            renderer.Write("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"").WriteEscape(label).Write("\">");
            base.Write(renderer, table);
            renderer.WriteLine("</div>");
        }
    }
}
