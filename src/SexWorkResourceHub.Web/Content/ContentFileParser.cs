using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using YamlDotNet.RepresentationModel;

namespace SexWorkResourceHub.Web.Content;

/// <summary>Reads one content file into an <see cref="Article"/> or <see cref="SitePage"/> with its problems.</summary>
public sealed partial class ContentFileParser(MarkdownRenderer renderer, IOptions<ContentOptions>? options = null)
{
    private readonly long _maxBytes = options?.Value.MaxFileBytes ?? ContentOptions.DefaultMaxFileBytes;

    public const int SummaryMaxLength = 300;

    /// <summary>The reading path's last place: `order` is 1 to this.</summary>
    public const int MaxReadingPathPlace = 20;
    public const int TitleMaxLength = 200;

    /// <summary>How long after its last review an article or page is due for another, unless review_by says otherwise.</summary>
    public const int ReviewEveryMonths = 12;

    public static readonly ImmutableArray<string> ArticleKeys =
        ["title", "summary", "published", "reviewed", "review_by", "tags", "sources", "content_note", "draft", "order"];

    public static readonly ImmutableArray<string> PageKeys = ["title", "summary", "reviewed", "review_by", "neutral_preview"];

    /// <summary>What a translation's front matter adds: the slug of the item it translates.</summary>
    public const string TranslationOfKey = "translation_of";

    /// <summary>"es" for content/es/articles/x.md, the default language for content/articles/x.md.</summary>
    public static string LanguageOf(string sourcePath) =>
        sourcePath.Split('/') is [var first, "articles" or "pages", _] && SiteLanguages.IsTranslation(first) ? first : SiteLanguages.Default;

    public ContentFile Parse(string root, string path, ContentKind kind)
    {
        var slug = Path.GetFileNameWithoutExtension(path);
        var problems = new List<ContentProblem>();
        var item = ParseItem(root, path, kind, slug, problems, out var stamp, out var body, out var bodyFirstLine, out var tagsLine, out var translationOfLine);
        return new ContentFile(path, kind, slug, stamp.Length, stamp.LastWriteUtc,
            problems.Exists(p => p.Fatal) ? null : item, [.. problems])
        {
            Body = body,
            BodyFirstLine = bodyFirstLine,
            TagsLine = tagsLine,
            TranslationOfLine = translationOfLine,
        };
    }

    private ContentItem? ParseItem(
        string root, string path, ContentKind kind, string slug, List<ContentProblem> problems,
        out FileStamp stamp, out RenderedMarkdown? body, out int bodyFirstLine, out int tagsLine, out int translationOfLine)
    {
        body = null;
        bodyFirstLine = 1;
        tagsLine = 1;
        translationOfLine = 1;
        var sourcePath = Path.GetRelativePath(root, path).Replace('\\', '/');
        var language = LanguageOf(sourcePath);
        if (!SlugPattern().IsMatch(slug))
        {
            problems.Add(new ContentProblem(path, 1,
                "the file name becomes the address: use only lowercase letters, digits and single hyphens (for example what-us-law-says.md)", true));
        }
        else if (kind == ContentKind.Page && SiteRoutes.ReservedSegments.Contains(slug))
        {
            problems.Add(new ContentProblem(path, 1, $"'/{slug}' belongs to the site itself: choose another file name for this page", true));
        }

        if (ContentFileReader.ReadText(root, path, _maxBytes, out stamp, out var refused) is not { } text)
        {
            problems.Add(new ContentProblem(path, 1, refused!, true));
            return null;
        }

        var split = FrontMatterSplitter.Split(text, out var splitError);
        if (split is null)
        {
            problems.Add(new ContentProblem(path, 1, splitError!, true));
            return null;
        }

        bodyFirstLine = split.BodyFirstLine;
        body = renderer.Render(split.Body, language);
        foreach (var note in body.Notes)
        {
            problems.Add(new ContentProblem(path, split.BodyFirstLine + note.Line, note.Message, false));
        }

        var yaml = YamlLoader.Load(path, split.Yaml, split.YamlFirstLine, "front matter", problems);
        if (yaml is not YamlMappingNode mapping)
        {
            if (yaml is not null || !problems.Exists(p => p.Fatal))
            {
                problems.Add(new ContentProblem(path, split.YamlFirstLine, "front matter must be a list of 'key: value' fields", true));
            }

            return null;
        }

        var fields = new YamlFields(path, split.YamlFirstLine, mapping, problems);
        ImmutableArray<string> keys = kind == ContentKind.Article ? ArticleKeys : PageKeys;
        fields.ReportUnknownKeys(language == SiteLanguages.Default ? keys : keys.Add(TranslationOfKey), "front matter key");
        var translationOf = language == SiteLanguages.Default ? null : fields.String(TranslationOfKey, required: false, TitleMaxLength);
        translationOfLine = fields.KeyLine(TranslationOfKey) ?? fields.Line;
        var title = fields.String("title", required: true, TitleMaxLength);
        var summary = fields.String("summary", required: true, SummaryMaxLength);
        var reviewed = fields.Date("reviewed", required: false);
        var reviewBy = fields.Date("review_by", required: false);
        if (reviewBy is { } by && reviewed is { } last && by < last)
        {
            fields.AddAt("review_by", $"'review_by' ({by:yyyy-MM-dd}) is before 'reviewed' ({last:yyyy-MM-dd}): the next review comes after the last one", fatal: false);
        }

        var modified = new DateTimeOffset(stamp.LastWriteUtc, TimeSpan.Zero);

        if (kind == ContentKind.Page)
        {
            var neutralPreview = fields.Bool("neutral_preview") ?? false;
            return title is null || summary is null ? null : new SitePage
            {
                NeutralPreview = neutralPreview,
                Slug = slug,
                Language = language,
                TranslationOf = translationOf,
                Title = title,
                Summary = summary,
                Reviewed = reviewed,
                ReviewBy = reviewBy ?? reviewed?.AddMonths(ReviewEveryMonths),
                Body = body,
                SourcePath = sourcePath,
                FileModified = modified,
            };
        }

        var published = fields.Date("published", required: true);
        var tags = fields.Words("tags");
        tagsLine = fields.KeyLine("tags") ?? fields.Line;
        var sources = fields.Sources("sources");
        var contentNote = fields.String("content_note", required: false, SummaryMaxLength);
        var draft = fields.Bool("draft") ?? false;
        var order = fields.Int("order", 1, MaxReadingPathPlace);

        if (published is { } p && reviewed is { } r && r < p)
        {
            // Fatal: a review date before publication is a typo in one of the two, and readers would be
            // told the facts were checked before they were written.
            fields.AddAt("reviewed", $"'reviewed' ({r:yyyy-MM-dd}) is before 'published' ({p:yyyy-MM-dd}): an article cannot be reviewed before it is published");
        }

        return title is null || summary is null || published is null ? null : new Article
        {
            Slug = slug,
            Language = language,
            TranslationOf = translationOf,
            Title = title,
            Summary = summary,
            Reviewed = reviewed,
            ReviewBy = reviewBy ?? (reviewed ?? published.Value).AddMonths(ReviewEveryMonths),
            Body = body,
            SourcePath = sourcePath,
            FileModified = modified,
            Published = published.Value,
            Tags = tags,
            Sources = sources,
            ContentNote = contentNote,
            Draft = draft,
            Order = order,
        };
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    internal static partial Regex SlugPattern();
}
