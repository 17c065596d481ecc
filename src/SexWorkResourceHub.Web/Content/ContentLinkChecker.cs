namespace SexWorkResourceHub.Web.Content;

/// <summary>
/// Checks the links and images in Markdown against the catalog: site links must lead to an article,
/// page or application route that exists (and to a heading that exists, for #anchors); images need alt
/// text and must be files the site itself serves from wwwroot. Used for every content file when the
/// catalog is built, and for event descriptions in the seed file and the editors' form.
/// </summary>
public sealed class ContentLinkChecker(IWebHostEnvironment environment)
{
    internal IEnumerable<ContentProblem> Check(IReadOnlyList<ContentFile> files, IReadOnlyDictionary<string, LanguageContent> byLanguage)
    {
        var tags = byLanguage.Values.SelectMany(c => c.Articles.Values).SelectMany(a => a.Tags).ToHashSet(StringComparer.Ordinal);
        var targets = byLanguage.ToDictionary(l => l.Key, l => new LinkTargets(l.Value.Articles, l.Value.Pages), StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.Body is not { } body)
            {
                continue;
            }

            foreach (var (line, message) in CheckLinks(body, targets, tags))
            {
                yield return new ContentProblem(file.Path, file.BodyFirstLine + line, message, false);
            }
        }
    }

    /// <summary>
    /// Every problem with Markdown written outside the content folder, such as an event's description:
    /// what the renderer removed or flagged, then each link that leads nowhere on the site.
    /// </summary>
    public IReadOnlyList<string> CheckMarkdown(RenderedMarkdown body, CatalogSnapshot snapshot)
    {
        var targets = SiteLanguages.All.ToDictionary(l => l.Code, l => new LinkTargets(snapshot.ArticlesIn(l.Code), snapshot.PagesIn(l.Code)), StringComparer.Ordinal);
        return [.. body.Notes.Select(n => n.Message), .. CheckLinks(body, targets, [.. snapshot.Tags]).Select(p => p.Message)];
    }

    /// <summary>The articles and pages of one language that a site link can lead to.</summary>
    private sealed record LinkTargets(IReadOnlyDictionary<string, Article> Articles, IReadOnlyDictionary<string, SitePage> Pages);

    private IEnumerable<(int Line, string Message)> CheckLinks(RenderedMarkdown body, IReadOnlyDictionary<string, LinkTargets> targets, HashSet<string> tags)
    {
        foreach (var link in body.Links)
        {
            var message = link.IsImage ? CheckImage(link) : CheckLink(link.Url, body, targets, tags);
            if (message is not null)
            {
                yield return (link.Line, message);
            }
        }
    }

    private string? CheckImage(MarkdownLink image)
    {
        if (string.IsNullOrWhiteSpace(image.AltText))
        {
            return $"image '{image.Url}' has no alt text: describe it in the brackets, ![like this](...)";
        }

        if (UrlPolicy.IsExternal(image.Url))
        {
            return $"image '{image.Url}' is on another site: readers' browsers must not contact other hosts, so put it under wwwroot/img";
        }

        var path = image.Url.Split('?', '#')[0];
        if (!path.StartsWith('/'))
        {
            return $"image '{image.Url}' has a relative path, which breaks on pages at other addresses: start it with '/', for example /img/{Path.GetFileName(path)}";
        }

        return environment.WebRootFileProvider.GetFileInfo(Uri.UnescapeDataString(path)) is { Exists: true, IsDirectory: false }
            ? null
            : $"image '{image.Url}' is not a file the site serves: put the image in src/SexWorkResourceHub.Web/wwwroot{path}";
    }

    private static string? CheckLink(string url, RenderedMarkdown self, IReadOnlyDictionary<string, LinkTargets> targets, HashSet<string> tags)
    {
        if (UrlPolicy.IsExternal(url) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
        var path = hash >= 0 ? url[..hash] : url;
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }

        if (path.Length == 0)
        {
            return fragment is null || self.HeadingIds.Contains(fragment)
                ? null
                : $"link '#{fragment}' points to no heading on this page";
        }

        if (!path.StartsWith('/'))
        {
            return $"link '{url}' is relative: start site links with '/', for example /articles/what-us-law-says or /glossary#consent";
        }

        path = path.TrimEnd('/');
        if (path.Length == 0)
        {
            path = "/";
        }

        // "/es/articles/x" is checked against the Spanish articles, as "/articles/x" against the English.
        var language = SiteLanguages.Translations.FirstOrDefault(l => path == "/" + l.Code || path.StartsWith("/" + l.Code + "/", StringComparison.Ordinal))?.Code
            ?? SiteLanguages.Default;
        var prefix = SiteLanguages.Prefix(language);
        path = path.Length == prefix.Length ? "/" : path[prefix.Length..];
        var (articles, pages) = targets[language];
        var folder = language == SiteLanguages.Default ? "content" : "content/" + language;

        ContentItem? target = null;
        if (path.StartsWith("/articles/tags/", StringComparison.Ordinal))
        {
            var tag = path["/articles/tags/".Length..];
            return tags.Contains(tag) ? null : $"link '{url}': no article has the tag '{tag}'";
        }

        if (path.StartsWith("/articles/", StringComparison.Ordinal))
        {
            var slug = path["/articles/".Length..];
            if (!articles.TryGetValue(slug, out var article))
            {
                return $"link '{url}': there is no article {folder}/articles/{slug}.md";
            }

            target = article;
        }
        else if (SiteRoutes.KnownPaths.Contains(path) || Array.Exists(SiteRoutes.UncheckedPrefixes, p => path.StartsWith(p, StringComparison.Ordinal)))
        {
            return null;
        }
        else if (path.LastIndexOf('/') == 0 && pages.TryGetValue(path[1..], out var page))
        {
            target = page;
        }
        else
        {
            return $"link '{url}': there is no page at {prefix}{path} (pages live in {folder}/pages/<name>.md)";
        }

        return fragment is null || target.Body.HeadingIds.Contains(fragment)
            ? null
            : $"link '{url}': {target.UrlPath} has no heading with the id '{fragment}'";
    }
}
