using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Articles;

public sealed class ArticleModel(ContentCatalog catalog, ContentAudienceProvider audiences, ArticleStructuredData structuredData, IOptions<SiteOptions> site) : SitePageModel
{
    /// <summary>Articles with at least this many h2/h3 headings get a table of contents.</summary>
    public const int TocMinimumHeadings = 4;

    public Article Article { get; private set; } = null!;

    public IReadOnlyList<Article> Related { get; private set; } = [];

    /// <summary>Which version the address gets: a translation, or the original with a notice.</summary>
    public TranslatedContent Version { get; private set; } = null!;

    /// <summary>True when the article's review date has passed.</summary>
    public bool DueForReview { get; private set; }

    private TagList _tags = TagList.Empty;

    public string TagLabel(string tag) => _tags.Label(tag);

    /// <summary>True when the reader sees it only because drafts show here (Development or an editor).</summary>
    public bool IsUnpublished { get; private set; }

    public bool ShowToc => Article.Body.Toc.Length >= TocMinimumHeadings;

    /// <summary>The table of contents as h2 headings, each with its h3 subheadings nested under it.</summary>
    public IReadOnlyList<TocSection> TocTree
    {
        get
        {
            var tree = new List<TocSection>();
            foreach (var entry in Article.Body.Toc)
            {
                if (entry.Level == 3 && tree.Count > 0)
                {
                    tree[^1].Subheadings.Add(entry);
                }
                else
                {
                    tree.Add(new TocSection(entry, []));
                }
            }

            return tree;
        }
    }

    public IActionResult OnGet(string slug)
    {
        var snapshot = catalog.Current;
        var audience = audiences.For(User);
        var language = PageLanguage;
        var found = TranslatedContent.Find(snapshot, language, site.Value.PublishTranslations, ContentKind.Article, slug,
            s => snapshot.FindArticle(s, audience), item => item is Article a && audience.CanSee(a));
        if (found is null)
        {
            return NotFound();
        }

        if (found.RedirectTo is { } translated)
        {
            // /es/articles/<English slug> where a Spanish version exists: its own address.
            return RedirectPermanent(translated);
        }

        var article = (Article)found.Item;
        Version = found;
        Article = article;
        IsUnpublished = !article.IsPublicOn(audience.Today);
        DueForReview = article.IsDueForReview(audience.Today);
        _tags = snapshot.TagList;
        // Related explainers in the reader's language where they are translated.
        Related = [.. snapshot.Related(found.Original as Article ?? article, audience, 3)
            .Select(r => snapshot.TranslationOf(r, language) is Article t && audience.CanSee(t) ? t : r)];
        // An untranslated article under a language prefix is a copy of the original: it points search engines there.
        Meta = new PageMetadata(article.Title, article.Summary, article.UrlPath)
        {
            OpenGraphType = "article",
            NoIndex = IsUnpublished,
            // An article that needs a content note has a topic that should not show in a chat preview.
            NeutralPreview = article.ContentNote is not null,
            Published = article.Published,
            Modified = article.Updated,
            StructuredData = structuredData.For(article),
            Languages = found.Languages,
        };
        return Page();
    }
}

/// <summary>One h2 in the table of contents and the h3s under it.</summary>
public sealed record TocSection(TocEntry Heading, List<TocEntry> Subheadings);
