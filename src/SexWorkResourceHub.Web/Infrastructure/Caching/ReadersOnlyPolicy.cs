using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace SexWorkResourceHub.Web.Infrastructure.Caching;

/// <summary>
/// The page cache answers readers only: a request that carries any cookie is neither served from it nor
/// stored in it. Readers get no cookies from the site; an editor's sign-in is one, so an editor always
/// gets a page rendered for them (with drafts), and that page never reaches a reader.
/// </summary>
/// <remarks>
/// The cache sits near the front of the pipeline, before authentication runs, so that a cached page
/// costs little more than nginx sending a file. The framework's own check (is the user signed in?)
/// would see nobody signed in there; the cookie is what is known that early.
/// </remarks>
internal sealed class ReadersOnlyPolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Request.Headers.ContainsKey(HeaderNames.Cookie))
        {
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
