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
        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        var pages = new Dictionary<string, SitePage>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            problems.AddRange(file.Problems);
            var unique = file.Item switch
            {
                Article article => articles.TryAdd(article.Slug, article),
                SitePage page => pages.TryAdd(page.Slug, page),
                _ => true,
            };
            if (!unique)
            {
                problems.Add(new ContentProblem(file.Path, 1, $"another file already uses the address '{file.Item!.UrlPath}'", true));
            }
        }

        problems.AddRange(links.Check(files, articles, pages));
        problems.AddRange(tags.Check(files));
        return new CatalogSnapshot(
            root,
            previous.Version + 1,
            time.GetUtcNow(),
            files.ToImmutableDictionary(f => f.Path, StringComparer.Ordinal),
            held.ToImmutableDictionary(f => f.Path, StringComparer.Ordinal),
            [.. articles.Values],
            [.. pages.Values],
            tags,
            [.. problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line)]);
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
