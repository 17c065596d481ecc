using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Caching;
using SexWorkResourceHub.Web.Infrastructure.Methods;

namespace SexWorkResourceHub.Web.Feeds;

/// <summary>/feed.xml (Atom), /sitemap.xml and /robots.txt: what feed readers and search engines ask for.</summary>
public static class DiscoveryEndpoints
{
    public static void MapDiscovery(this IEndpointRouteBuilder endpoints)
    {
        // UTF-8 bytes go out through Results.Text, not Results.Bytes: a file result writes no body for
        // HEAD, so the ETag (a hash of the body) of a HEAD answer would differ from GET's.
        endpoints.Map("/feed.xml", (ContentCatalog catalog, ContentAudienceProvider audiences, IOptions<SiteOptions> site) =>
        {
            var articles = catalog.Current.VisibleArticles(audiences.Public).ToList();
            return Results.Text(AtomFeed.Write(articles, site.Value.Name, site.Value.Absolute), "application/atom+xml; charset=utf-8");
        }).CacheAs(CachePolicy.Feed).ServesGetAndHead();

        // Each other language's feed holds its own translations, newest first (/es/feed.xml).
        foreach (var language in SiteLanguages.Translations.Select(l => l.Code))
        {
            endpoints.Map($"/{language}/feed.xml", (ContentCatalog catalog, ContentAudienceProvider audiences, IOptions<SiteOptions> site) =>
            {
                if (!site.Value.Serves(language))
                {
                    return Results.NotFound();
                }

                var audience = audiences.Public;
                var articles = catalog.Current.ArticlesIn(language).Values.Where(audience.CanSee).OrderByDescending(a => a.Published).ToList();
                return Results.Text(AtomFeed.Write(articles, site.Value.Name, site.Value.Absolute, language), "application/atom+xml; charset=utf-8");
            }).CacheAs(CachePolicy.Feed).ServesGetAndHead();
        }

        endpoints.Map("/sitemap.xml", async (ContentCatalog catalog, ContentAudienceProvider audiences, HubDbContext db, IOptions<SiteOptions> site, CancellationToken cancellationToken) =>
        {
            var entries = await EntriesAsync(catalog.Current, audiences.Public, db, cancellationToken);
            if (site.Value.PublishTranslations)
            {
                entries = InEveryLanguage(catalog.Current, audiences.Public, entries);
            }

            return Results.Text(Sitemap.Write(entries, site.Value.Absolute), "application/xml; charset=utf-8");
        }).CacheAs(CachePolicy.Feed).ServesGetAndHead();

        // No "Allow: /": what no rule matches is allowed anyway, and a crawler that takes the first
        // matching rule (Python's urllib.robotparser) would read an Allow: / before the Disallow as
        // allowing /editor too. Google's longest match reads this file the same way. Every page links to
        // the report form with its own address, so crawlers are kept off those copies of the form.
        endpoints.Map("/robots.txt", (IOptions<SiteOptions> site) => Results.Text(
            $"""
            User-agent: *
            Disallow: /editor
            Disallow: /suggest/correction

            Sitemap: {site.Value.Absolute("/sitemap.xml")}

            """,
            "text/plain; charset=utf-8")).CacheAs(CachePolicy.Feed).ServesGetAndHead();
    }

    private static async Task<List<SitemapEntry>> EntriesAsync(CatalogSnapshot snapshot, ContentAudience audience, HubDbContext db, CancellationToken cancellationToken)
    {
        var articles = snapshot.VisibleArticles(audience).ToList();
        var resources = await db.Resources.AsNoTracking().Select(r => r.UpdatedAt).ToListAsync(cancellationToken);
        var events = await db.Events.AsNoTracking().Select(e => new { e.Slug, e.UpdatedAt }).ToListAsync(cancellationToken);
        var newestArticle = articles.Count == 0 ? audience.Today : articles.Max(a => a.Updated);
        DateOnly Day(DateTime moment) => DateOnly.FromDateTime(moment);

        var entries = new List<SitemapEntry>
        {
            new("/", newestArticle),
            new("/articles", newestArticle),
            new("/resources", resources.Count == 0 ? newestArticle : Day(resources.Max())),
            new("/events", events.Count == 0 ? newestArticle : Day(events.Max(e => e.UpdatedAt))),
        };
        entries.AddRange(articles.Select(a => new SitemapEntry(a.UrlPath, a.Updated)));
        entries.AddRange(articles.SelectMany(a => a.Tags).Distinct().Order(StringComparer.Ordinal)
            .Select(tag => new SitemapEntry("/articles/tags/" + tag, articles.Where(a => a.Tags.Contains(tag)).Max(a => a.Updated))));
        entries.AddRange(snapshot.Pages.Values.OrderBy(p => p.Slug, StringComparer.Ordinal)
            .Select(p => new SitemapEntry(p.UrlPath, p.Reviewed ?? DateOnly.FromDateTime(p.FileModified.UtcDateTime))));
        entries.AddRange(events.OrderBy(e => e.Slug, StringComparer.Ordinal).Select(e => new SitemapEntry("/events/" + e.Slug, Day(e.UpdatedAt))));
        return entries;
    }

    /// <summary>
    /// Each page that is in more than one language once per language, each naming all of them: the
    /// sections and events in every language, an article or page where its translation is public.
    /// </summary>
    private static List<SitemapEntry> InEveryLanguage(CatalogSnapshot snapshot, ContentAudience audience, List<SitemapEntry> entries)
    {
        var translations = snapshot.Translations.ToDictionary(t => t.UrlPath, StringComparer.Ordinal);
        bool Visible(string path) => !translations.TryGetValue(path, out var item) || item is not Article article || audience.CanSee(article);
        var all = new List<SitemapEntry>();
        foreach (var entry in entries)
        {
            var alternates = SiteLanguages.All
                .Select(l => (l.Code, Path: Pages.Shared.LanguageLinks.For(snapshot, l.Code, entry.Path)))
                .Where(a => a.Code == SiteLanguages.Default || (a.Path != entry.Path && Visible(a.Path)))
                .ToDictionary(a => a.Code, a => a.Path, StringComparer.Ordinal);
            if (alternates.Count == 1)
            {
                all.Add(entry);
                continue;
            }

            foreach (var path in alternates.Values)
            {
                var modified = translations.GetValueOrDefault(path) switch
                {
                    Article article => article.Updated,
                    SitePage page => page.Reviewed ?? entry.LastModified,
                    _ => entry.LastModified,
                };
                all.Add(new SitemapEntry(path, modified, alternates));
            }
        }

        return all;
    }
}
