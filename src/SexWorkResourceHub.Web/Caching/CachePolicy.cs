namespace SexWorkResourceHub.Web.Caching;

/// <summary>
/// How one endpoint's responses may be kept: in the site's page cache, by browsers and by a CDN.
/// Endpoints without one (errors, health checks) get no caching headers from the site.
/// </summary>
/// <param name="CacheControl">For browsers.</param>
/// <param name="SharedCacheControl">CDN-Cache-Control (RFC 9213), for a CDN in front of the site.</param>
/// <param name="Store">Kept in the site's page cache.</param>
/// <param name="Validate">Given an ETag, answered with a 304 when the client has the same bytes.</param>
public sealed record CachePolicy(string CacheControl, string? SharedCacheControl, bool Store, bool Validate)
{
    /// <summary>Reading pages: browsers check back each time (a 304 when unchanged); a CDN may keep them a minute.</summary>
    public static readonly CachePolicy Page = new("no-cache", "public, max-age=60", Store: true, Validate: true);

    /// <summary>Feeds, the sitemap, robots.txt and calendar files: polled by machines, fine to keep for 15 minutes.</summary>
    public static readonly CachePolicy Feed = new("public, max-age=900", null, Store: true, Validate: true);

    /// <summary>
    /// Forms, the editors' area and search results: never stored anywhere, so a shared device keeps no
    /// copy of what someone searched for, suggested or edited.
    /// </summary>
    public static readonly CachePolicy Private = new("no-store", null, Store: false, Validate: false);
}
