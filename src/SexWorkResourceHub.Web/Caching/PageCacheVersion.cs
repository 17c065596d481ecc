using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;

namespace SexWorkResourceHub.Web.Caching;

/// <summary>
/// A number that moves on whenever the content catalog is swapped or a resource or event changes. It is
/// part of every cached page's key, so a page rendered before a change (even one still rendering while
/// the change was saved) is never served after it; the stale pages are dropped to free their memory.
/// </summary>
public sealed class PageCacheVersion
{
    private readonly PageCache _pages;
    private readonly ILogger<PageCacheVersion> _log;
    private long _current;

    public PageCacheVersion(ContentCatalog catalog, StoreChanges changes, PageCache pages, ILogger<PageCacheVersion> log)
    {
        _pages = pages;
        _log = log;
        // The first load is not a change: every request but the health probes waits for it (see
        // ContentReadinessMiddleware), so nothing was rendered from the empty catalog. Moving on would only
        // orphan the pages of requests that took their cache key while waiting, and render them again.
        catalog.Swapped += snapshot =>
        {
            if (snapshot.Version > 1)
            {
                MoveOn("content");
            }
        };
        changes.ResourcesOrEventsChanged += () => MoveOn("records");
    }

    public long Current => Interlocked.Read(ref _current);

    private void MoveOn(string what)
    {
        Interlocked.Increment(ref _current);
        _pages.Clear();
        _log.LogDebug("Cached pages dropped after a change to {What}", what);
    }
}
