using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;

namespace SexWorkResourceHub.Web.Links;

/// <summary>An outside address the site links to, and where: "resource:slug", "article:slug", "page:slug".</summary>
public sealed record LinkTarget(string Url, IReadOnlyList<string> FoundIn);

/// <summary>Every outside address the site shows readers: resources' websites and sources, and the links and sources in articles and pages.</summary>
public static class LinkTargets
{
    public static async Task<IReadOnlyList<LinkTarget>> CollectAsync(HubDbContext db, CatalogSnapshot content, CancellationToken cancellationToken)
    {
        var found = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        void Add(string? url, string where)
        {
            if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                if (!found.TryGetValue(uri.AbsoluteUri, out var places))
                {
                    found[uri.AbsoluteUri] = places = new SortedSet<string>(StringComparer.Ordinal);
                }

                places.Add(where);
            }
        }

        foreach (var resource in await db.Resources.AsNoTracking().Select(r => new { r.Slug, r.Url, r.ConfidentialitySource }).ToListAsync(cancellationToken))
        {
            Add(resource.Url, "resource:" + resource.Slug);
            Add(resource.ConfidentialitySource, "resource:" + resource.Slug);
        }

        foreach (var article in content.Articles.Values)
        {
            foreach (var link in article.Body.Links.Where(l => !l.IsImage))
            {
                Add(link.Url, "article:" + article.Slug);
            }

            foreach (var source in article.Sources)
            {
                Add(source.Url, "article:" + article.Slug);
            }
        }

        foreach (var page in content.Pages.Values)
        {
            foreach (var link in page.Body.Links.Where(l => !l.IsImage))
            {
                Add(link.Url, "page:" + page.Slug);
            }
        }

        return [.. found.Select(f => new LinkTarget(f.Key, [.. f.Value]))];
    }
}
