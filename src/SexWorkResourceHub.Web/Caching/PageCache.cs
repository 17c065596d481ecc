using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace SexWorkResourceHub.Web.Caching;

/// <summary>
/// Rendered reading pages, kept whole (status 200, headers, compressed body) until they expire, the
/// content version moves on (<see cref="PageCacheVersion"/> clears it) or memory runs to the limit.
/// </summary>
/// <remarks>
/// Purpose-built rather than ASP.NET's output cache, which built its key through its policies and read
/// each stored page back from a serialized form on every hit: with the same readers-only policy it
/// served 0.80 of this cache's requests a second on the cached article and /resources, measured with
/// bench/compare-builds.sh (docs/operators/performance.md, "The output cache, measured, not used").
/// </remarks>
public sealed class PageCache(IOptions<CachingOptions> options, TimeProvider time)
{
    /// <summary>
    /// Stored bodies beyond this are not kept. Query parameters a page does not read are not part of a
    /// key, so they add nothing; a filter's values can, up to this.
    /// </summary>
    public const long SizeLimitBytes = 100L * 1024 * 1024;

    private ConcurrentDictionary<PageKey, StoredPage> _pages = new();
    private long _bytes;

    /// <summary>Pages held now, expired ones not yet removed included.</summary>
    public int Count => Volatile.Read(ref _pages).Count;

    public bool TryGet(PageKey key, out StoredPage page)
    {
        var pages = Volatile.Read(ref _pages);
        if (!pages.TryGetValue(key, out page!))
        {
            return false;
        }

        if (page.Expires > time.GetUtcNow())
        {
            return true;
        }

        if (pages.TryRemove(new KeyValuePair<PageKey, StoredPage>(key, page)))
        {
            Interlocked.Add(ref _bytes, -page.Body.Length);
        }

        return false;
    }

    public void Store(PageKey key, IEnumerable<KeyValuePair<string, StringValues>> headers, string? etag, byte[] body)
    {
        if (Interlocked.Read(ref _bytes) + body.Length > SizeLimitBytes && RemoveExpired() + body.Length > SizeLimitBytes)
        {
            return;
        }

        var page = new StoredPage([.. headers], etag, body, time.GetUtcNow().AddSeconds(options.Value.PageSeconds));
        var pages = Volatile.Read(ref _pages);
        if (pages.TryAdd(key, page))
        {
            Interlocked.Add(ref _bytes, body.Length);
        }
    }

    /// <summary>
    /// Expired pages are otherwise removed only when asked for again; at the limit, the ones nobody asks
    /// for (odd query strings, say) go too. Returns the bytes still held.
    /// </summary>
    private long RemoveExpired()
    {
        var now = time.GetUtcNow();
        var pages = Volatile.Read(ref _pages);
        foreach (var entry in pages)
        {
            if (entry.Value.Expires <= now && pages.TryRemove(entry))
            {
                Interlocked.Add(ref _bytes, -entry.Value.Body.Length);
            }
        }

        return Interlocked.Read(ref _bytes);
    }

    /// <summary>Drops every stored page (after a change to content or records).</summary>
    public void Clear()
    {
        Volatile.Write(ref _pages, new ConcurrentDictionary<PageKey, StoredPage>());
        Interlocked.Exchange(ref _bytes, 0);
    }
}

/// <summary>
/// What a stored page is found by: the compression chosen for the request, the content version when the
/// request arrived, the path (canonical: see <see cref="PageCacheMiddleware.CanonicalPath"/>) and the query
/// parameters the page reads (see <see cref="CacheQueryKeys"/>), never the query string as sent; and for a
/// page in the default language, the other site language the browser prefers, if any (an English page
/// offers its Spanish version to a browser that prefers Spanish), never the Accept-Language header as sent.
/// </summary>
public readonly record struct PageKey(string Encoding, long Version, string? Path, string? Query, string? PreferredLanguage = null);

/// <summary>One stored response: its headers as sent (Date aside), its ETag and its body bytes.</summary>
public sealed record StoredPage(KeyValuePair<string, StringValues>[] Headers, string? ETag, byte[] Body, DateTimeOffset Expires);
