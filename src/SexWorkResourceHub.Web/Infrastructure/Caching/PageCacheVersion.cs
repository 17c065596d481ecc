using Microsoft.AspNetCore.OutputCaching;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;

namespace SexWorkResourceHub.Web.Infrastructure.Caching;

/// <summary>
/// A number that moves on whenever the content catalog is swapped or a resource or event changes. It is
/// part of every cached page's key, so a page rendered before a change (even one still rendering while
/// the change was saved) is never served after it; the stale entries are evicted to free their memory.
/// </summary>
public sealed class PageCacheVersion
{
    public const string Tag = "pages";

    private readonly IOutputCacheStore _store;
    private readonly ILogger<PageCacheVersion> _log;
    private long _current;

    public PageCacheVersion(ContentCatalog catalog, StoreChanges changes, IOutputCacheStore store, ILogger<PageCacheVersion> log)
    {
        _store = store;
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

    public string Current => Interlocked.Read(ref _current).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void MoveOn(string what)
    {
        Interlocked.Increment(ref _current);
        _ = EvictAsync(what);
    }

    private async Task EvictAsync(string what)
    {
        try
        {
            await _store.EvictByTagAsync(Tag, CancellationToken.None);
            _log.LogDebug("Cached pages dropped after a change to {What}", what);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Stale pages can no longer be served (the version moved on); they only linger until they expire.
            _log.LogWarning(ex, "Could not drop cached pages after a change to {What}", what);
        }
    }
}
