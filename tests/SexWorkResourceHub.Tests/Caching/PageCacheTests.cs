using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Caching;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Caching;

/// <summary>The page cache's own bookkeeping: pages expire, and memory stays within its bound.</summary>
public sealed class PageCacheTests
{
    private static readonly PageKey First = new("identity", 0, "/first", null);
    private static readonly PageKey Second = new("identity", 0, "/second", null);

    /// <summary>More than half the memory bound: two such pages cannot both be kept.</summary>
    private static readonly int BigPage = (int)(PageCache.SizeLimitBytes * 0.6);

    private static PageCache CacheOnClock(TimeProvider clock) => new(Options.Create(new CachingOptions { PageSeconds = 60 }), clock);

    [Fact]
    public void A_page_is_served_until_it_expires()
    {
        var clock = FixedTimeProvider.At("2026-11-30T12:00:00Z");
        var cache = CacheOnClock(clock);
        cache.Store(First, [], "W/\"a\"", [1, 2, 3]);

        Assert.True(cache.TryGet(First, out var page));
        Assert.Equal([1, 2, 3], page.Body);

        clock.Now = clock.Now.AddSeconds(61);
        Assert.False(cache.TryGet(First, out _));
    }

    [Fact]
    public void At_the_memory_bound_nothing_more_is_kept_until_pages_nobody_asks_for_expire()
    {
        var clock = FixedTimeProvider.At("2026-11-30T12:00:00Z");
        var cache = CacheOnClock(clock);
        cache.Store(First, [], null, new byte[BigPage]);

        cache.Store(Second, [], null, new byte[BigPage]);
        Assert.False(cache.TryGet(Second, out _));

        clock.Now = clock.Now.AddSeconds(61);
        cache.Store(Second, [], null, new byte[BigPage]);
        Assert.True(cache.TryGet(Second, out _));
    }

    [Fact]
    public void Clearing_drops_every_page_and_frees_the_room()
    {
        var clock = FixedTimeProvider.At("2026-11-30T12:00:00Z");
        var cache = CacheOnClock(clock);
        cache.Store(First, [], null, new byte[BigPage]);

        cache.Clear();
        cache.Store(Second, [], null, new byte[BigPage]);

        Assert.False(cache.TryGet(First, out _));
        Assert.True(cache.TryGet(Second, out _));
    }
}
