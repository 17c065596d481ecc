using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace SexWorkResourceHub.Web.Content;

/// <summary>
/// Everything parsed from the content folder at one moment. Never changed after it is built: a
/// rebuild makes a new snapshot and swaps it in whole, so a request sees one consistent version.
/// </summary>
public sealed class CatalogSnapshot
{
    public static CatalogSnapshot Empty { get; } = new(
        string.Empty, 0, DateTimeOffset.MinValue, ImmutableDictionary<string, ContentFile>.Empty, ImmutableDictionary<string, ContentFile>.Empty, [], [], [], TagList.Empty, []);

    internal CatalogSnapshot(
        string root,
        long version,
        DateTimeOffset builtAt,
        ImmutableDictionary<string, ContentFile> files,
        ImmutableDictionary<string, ContentFile> held,
        ImmutableArray<Article> articles,
        ImmutableArray<SitePage> pages,
        ImmutableArray<ContentItem> translations,
        TagList tagList,
        ImmutableArray<ContentProblem> problems)
    {
        TagList = tagList;
        Root = root;
        Version = version;
        BuiltAt = builtAt;
        Files = files;
        Held = held;
        Problems = problems;
        ArticlesNewestFirst = [.. articles.OrderByDescending(a => a.Published).ThenBy(a => a.Title, StringComparer.OrdinalIgnoreCase)];
        Articles = articles.ToFrozenDictionary(a => a.Slug, StringComparer.Ordinal);
        Pages = pages.ToFrozenDictionary(p => p.Slug, StringComparer.Ordinal);
        Tags = [.. articles.SelectMany(a => a.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Translations = translations;
        _translated = translations.Where(t => t.TranslationOf is not null)
            .GroupBy(t => (t.Language, Kind: KindOf(t), Slug: t.TranslationOf!))
            .ToFrozenDictionary(g => g.Key, g => g.First());
        _articlesIn = SiteLanguages.All.ToFrozenDictionary(l => l.Code, l => l.Code == SiteLanguages.Default
            ? Articles
            : translations.OfType<Article>().Where(a => a.Language == l.Code).ToFrozenDictionary(a => a.Slug, StringComparer.Ordinal));
        _pagesIn = SiteLanguages.All.ToFrozenDictionary(l => l.Code, l => l.Code == SiteLanguages.Default
            ? Pages
            : translations.OfType<SitePage>().Where(p => p.Language == l.Code).ToFrozenDictionary(p => p.Slug, StringComparer.Ordinal));
    }

    private readonly FrozenDictionary<(string Language, ContentKind Kind, string Slug), ContentItem> _translated;

    private readonly FrozenDictionary<string, FrozenDictionary<string, Article>> _articlesIn;

    private readonly FrozenDictionary<string, FrozenDictionary<string, SitePage>> _pagesIn;

    /// <summary>Every article in <paramref name="language"/>, by its own slug (the default language's are <see cref="Articles"/>).</summary>
    public IReadOnlyDictionary<string, Article> ArticlesIn(string language) => _articlesIn[language];

    /// <summary>Every page in <paramref name="language"/>, by its own slug.</summary>
    public IReadOnlyDictionary<string, SitePage> PagesIn(string language) => _pagesIn[language];

    /// <summary>Every article and page in a language other than the default, from content/{language}/.</summary>
    public ImmutableArray<ContentItem> Translations { get; }

    private static ContentKind KindOf(ContentItem item) => item is Article ? ContentKind.Article : ContentKind.Page;

    /// <summary>The <paramref name="language"/> translation of an item in the default language, if there is one.</summary>
    public ContentItem? TranslationOf(ContentItem original, string language) =>
        _translated.GetValueOrDefault((language, KindOf(original), original.Slug));

    /// <summary>The item in the default language that <paramref name="translation"/> translates, if it names one that exists.</summary>
    public ContentItem? OriginalOf(ContentItem translation) => translation.TranslationOf is { } slug
        ? KindOf(translation) == ContentKind.Article ? Articles.GetValueOrDefault(slug) : Pages.GetValueOrDefault(slug)
        : null;

    /// <summary>An article or page of a language other than the default, by its own slug.</summary>
    public ContentItem? FindTranslated(string language, ContentKind kind, string slug) =>
        kind == ContentKind.Article ? ArticlesIn(language).GetValueOrDefault(slug) : PagesIn(language).GetValueOrDefault(slug);

    /// <summary>
    /// Whether a translation may be out of date: its original was reviewed (or, for an article never
    /// reviewed, published) after the translation was.
    /// </summary>
    public bool IsOutOfDate(ContentItem translation) =>
        OriginalOf(translation) is { } original && LastChecked(original) is { } checkedOriginal
        && (LastChecked(translation) is not { } checkedTranslation || checkedOriginal > checkedTranslation);

    private static DateOnly? LastChecked(ContentItem item) => item.Reviewed ?? (item as Article)?.Published;

    private readonly ConcurrentDictionary<string, RelatedArticles> _related = new(StringComparer.Ordinal);

    /// <summary>The content folder this snapshot was read from.</summary>
    public string Root { get; }

    /// <summary>Goes up by one with every rebuild; caches and indexes key on it.</summary>
    public long Version { get; }

    public DateTimeOffset BuiltAt { get; }

    /// <summary>Every article, whatever its visibility, by slug.</summary>
    public FrozenDictionary<string, Article> Articles { get; }

    public ImmutableArray<Article> ArticlesNewestFirst { get; }

    public FrozenDictionary<string, SitePage> Pages { get; }

    /// <summary>Every tag used by any article, in order.</summary>
    public ImmutableArray<string> Tags { get; }

    /// <summary>The tags articles may use, with their labels, from content/tags.yaml.</summary>
    public TagList TagList { get; }

    /// <summary>Problems in content files, for the log and the editors' dashboard.</summary>
    public ImmutableArray<ContentProblem> Problems { get; }

    /// <summary>Parsed files by full path, reused by the next rebuild when a file has not changed.</summary>
    internal ImmutableDictionary<string, ContentFile> Files { get; }

    /// <summary>Files changed since the snapshot before, parsed but not yet served: the next rebuild serves each if it has not changed again.</summary>
    internal ImmutableDictionary<string, ContentFile> Held { get; }

    /// <summary>True when readers would see nothing new: the same parsed files and the same tag list.</summary>
    internal bool ServesTheSameAs(CatalogSnapshot other) =>
        Files.Count == other.Files.Count
        && Files.All(f => other.Files.TryGetValue(f.Key, out var same) && ReferenceEquals(same, f.Value))
        && TagList.Slugs.SequenceEqual(other.TagList.Slugs)
        && TagList.Slugs.All(t => TagList.Labels[t] == other.TagList.Labels[t]);

    public Article? FindArticle(string slug, ContentAudience audience) =>
        Articles.TryGetValue(slug, out var article) && audience.CanSee(article) ? article : null;

    public SitePage? FindPage(string slug) => Pages.GetValueOrDefault(slug);

    public IEnumerable<Article> VisibleArticles(ContentAudience audience) =>
        ArticlesNewestFirst.Where(audience.CanSee);

    /// <summary>Visible articles sharing the most tags with <paramref name="article"/>, newest first among equals.</summary>
    /// <remarks>
    /// Worked out once per article and kept with the snapshot: it scans every article, which over a
    /// large catalog cost more than rendering the page. The snapshot never changes, so the answer only
    /// changes with the audience (drafts shown or not, today's date), and one answer per article is kept.
    /// </remarks>
    public IReadOnlyList<Article> Related(Article article, ContentAudience audience, int count)
    {
        if (_related.TryGetValue(article.Slug, out var kept) && kept.Audience == audience && kept.Count == count)
        {
            return kept.Articles;
        }

        IReadOnlyList<Article> found = [.. VisibleArticles(audience)
            .Where(other => other.Slug != article.Slug)
            .Select(other => (Article: other, Shared: other.Tags.Count(article.Tags.Contains)))
            .Where(pair => pair.Shared > 0)
            .OrderByDescending(pair => pair.Shared)
            .Take(count)
            .Select(pair => pair.Article)];
        _related[article.Slug] = new RelatedArticles(audience, count, found);
        return found;
    }

    private sealed record RelatedArticles(ContentAudience Audience, int Count, IReadOnlyList<Article> Articles);
}

/// <summary>
/// One content file as last read: its parsed item (or the last good one when the file is now broken)
/// and the problems found in it.
/// </summary>
public sealed record ContentFile(
    string Path,
    ContentKind Kind,
    string Slug,
    long Length,
    DateTime LastWriteUtc,
    ContentItem? Item,
    ImmutableArray<ContentProblem> Problems)
{
    /// <summary>True when the file is broken and an earlier good version is served instead.</summary>
    public bool ServesLastGoodVersion { get; init; }

    /// <summary>Size and time as read, to notice the next change.</summary>
    public FileStamp Stamp => new(Length, LastWriteUtc);

    /// <summary>The body as rendered from the file on disk now, even when its front matter is broken, so its links are still checked.</summary>
    public RenderedMarkdown? Body { get; init; }

    /// <summary>File line where the Markdown body starts; Markdown lines are counted from it.</summary>
    public int BodyFirstLine { get; init; } = 1;

    /// <summary>File line of the front matter's tags, where a tag that is not on the tag list is reported.</summary>
    public int TagsLine { get; init; } = 1;

    /// <summary>File line of a translation's translation_of, where a slug that names nothing is reported.</summary>
    public int TranslationOfLine { get; init; } = 1;
}
