using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace SexWorkResourceHub.Web.Content;

/// <summary>
/// Builds a <see cref="CatalogSnapshot"/> from a content folder. Files whose size and modification
/// time match the previous snapshot are reused, so a rebuild after one edit parses one file. A file
/// that is broken now but parsed before keeps serving its last good version.
/// </summary>
/// <remarks>
/// After the first load, a changed file is published only once it has been seen unchanged twice: the
/// rebuild that notices the change parses it and holds it back (readers keep the version before), and
/// the next rebuild publishes it if its size and time have not moved. An editor's save in place that
/// pauses half-written therefore never reaches readers while the pause is shorter than one debounce
/// interval more than before. The watcher rebuilds again by itself while anything is held.
/// </remarks>
public sealed class CatalogLoader(ContentFileParser parser, ContentLinkChecker links, TimeProvider time)
{
    public CatalogSnapshot Load(string root, CatalogSnapshot? previous = null)
    {
        previous ??= CatalogSnapshot.Empty;
        var problems = new List<ContentProblem>();
        var tags = TagList.Read(root, problems);
        var paths = Enumerate(root, "articles", ContentKind.Article, problems)
            .Concat(Enumerate(root, "pages", ContentKind.Page, problems))
            .Concat(SiteLanguages.Translations.SelectMany(language =>
                Enumerate(root, Path.Combine(language.Code, "articles"), ContentKind.Article, problems)
                    .Concat(Enumerate(root, Path.Combine(language.Code, "pages"), ContentKind.Page, problems))))
            .ToList();

        var hold = previous.Version > 0;
        var parsed = new ConcurrentBag<ContentFile>();
        var held = new ConcurrentBag<ContentFile>();
        Parallel.ForEach(paths, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, entry =>
        {
            var stamp = ContentFileReader.Stamp(root, entry.Path);
            if (stamp is not null && previous.Files.TryGetValue(entry.Path, out var known) && known.Stamp == stamp)
            {
                parsed.Add(known);
            }
            else if (stamp is not null && previous.Held.TryGetValue(entry.Path, out var waiting) && waiting.Stamp == stamp)
            {
                parsed.Add(KeepLastGood(waiting, previous));
            }
            else if (hold && stamp is not null)
            {
                held.Add(ParseSafely(root, entry.Path, entry.Kind));
                if (previous.Files.TryGetValue(entry.Path, out var before))
                {
                    parsed.Add(before);
                }
            }
            else
            {
                parsed.Add(KeepLastGood(ParseSafely(root, entry.Path, entry.Kind), previous));
            }
        });

        var files = parsed.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var byLanguage = SiteLanguages.All.ToDictionary(l => l.Code, _ => new LanguageContent(), StringComparer.Ordinal);
        foreach (var file in files)
        {
            problems.AddRange(file.Problems);
            var content = file.Item is null ? null : byLanguage[file.Item.Language];
            var unique = file.Item switch
            {
                Article article => content!.Articles.TryAdd(article.Slug, article),
                SitePage page => content!.Pages.TryAdd(page.Slug, page),
                _ => true,
            };
            if (!unique)
            {
                problems.Add(new ContentProblem(file.Path, 1, $"another file already uses the address '{file.Item!.UrlPath}'", true));
            }
        }

        var (articles, pages) = (byLanguage[SiteLanguages.Default].Articles, byLanguage[SiteLanguages.Default].Pages);
        problems.AddRange(links.Check(files, byLanguage));
        problems.AddRange(tags.Check(files));
        problems.AddRange(TranslationProblems(files, byLanguage));
        return new CatalogSnapshot(
            root,
            previous.Version + 1,
            time.GetUtcNow(),
            files.ToImmutableDictionary(f => f.Path, StringComparer.Ordinal),
            held.ToImmutableDictionary(f => f.Path, StringComparer.Ordinal),
            [.. articles.Values],
            [.. pages.Values],
            [.. byLanguage.Where(l => l.Key != SiteLanguages.Default).SelectMany(l => l.Value.Articles.Values.Cast<ContentItem>().Concat(l.Value.Pages.Values))],
            tags,
            [.. problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line)]);
    }

    /// <summary>A translation's translation_of must name an item of its kind in the default language, and only one translation per language may claim it.</summary>
    private static IEnumerable<ContentProblem> TranslationProblems(IReadOnlyList<ContentFile> files, IReadOnlyDictionary<string, LanguageContent> byLanguage)
    {
        var original = byLanguage[SiteLanguages.Default];
        var claimed = new HashSet<(string Language, ContentKind Kind, string Slug)>();
        foreach (var file in files)
        {
            if (file.Item is not { TranslationOf: { } slug } item)
            {
                continue;
            }

            var (exists, folder) = item is Article
                ? (original.Articles.ContainsKey(slug), "content/articles")
                : (original.Pages.ContainsKey(slug), "content/pages");
            if (!exists)
            {
                yield return new ContentProblem(file.Path, file.TranslationOfLine,
                    $"'translation_of: {slug}' names nothing: there is no {folder}/{slug}.md; give the file name (without .md) of the {(item is Article ? "article" : "page")} this translates", false);
            }
            else if (!claimed.Add((item.Language, file.Kind, slug)))
            {
                yield return new ContentProblem(file.Path, file.TranslationOfLine,
                    $"another {item.Language} file already translates '{slug}': keep one translation of each {(item is Article ? "article" : "page")}", false);
            }
        }
    }

    private static IEnumerable<(string Path, ContentKind Kind)> Enumerate(string root, string folder, ContentKind kind, List<ContentProblem> problems)
    {
        var directory = Path.Combine(root, folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        try
        {
            if (new DirectoryInfo(directory) is { LinkTarget: not null } link
                && link.ResolveLinkTarget(returnFinalTarget: true) is { } target && !ContentFileReader.IsInside(root, target.FullName))
            {
                problems.Add(new ContentProblem(directory, 1, $"the folder is a link to {target.FullName}, outside the content folder: its files are not read", true));
                return [];
            }

            // Case-insensitive so that "Article.MD" is found and reported instead of silently ignored.
            return Directory.EnumerateFiles(directory, "*.md", new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive })
                .Where(p => !Path.GetFileName(p).StartsWith('.'))
                .Select(p => (p, kind))
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ContentProblem(directory, 1, "the folder could not be read: " + ex.Message, true));
            return [];
        }
    }

    /// <summary>Whatever one file holds, it must not stop the others loading.</summary>
    private ContentFile ParseSafely(string root, string path, ContentKind kind)
    {
        try
        {
            return parser.Parse(root, path, kind);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Stamped like any file read, so the next rebuild reuses this verdict until the file changes
            // (an unstamped one would be parsed, held and signalled again on every rebuild).
            var stamp = ContentFileReader.Stamp(root, path) ?? new FileStamp(-1, default);
            return new ContentFile(path, kind, Path.GetFileNameWithoutExtension(path), stamp.Length, stamp.LastWriteUtc, null,
                [new ContentProblem(path, 1, $"the file could not be read as content ({ex.GetType().Name}: {ex.Message})", true)]);
        }
    }

    private static ContentFile KeepLastGood(ContentFile fresh, CatalogSnapshot previous)
    {
        if (fresh.Item is not null || !previous.Files.TryGetValue(fresh.Path, out var before) || before.Item is null)
        {
            return fresh;
        }

        return fresh with { Item = before.Item, ServesLastGoodVersion = true };
    }
}

/// <summary>The articles and pages of one language, by slug, while a catalog is being built.</summary>
internal sealed class LanguageContent
{
    public Dictionary<string, Article> Articles { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SitePage> Pages { get; } = new(StringComparer.Ordinal);
}
