using System.IO.Hashing;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace SexWorkResourceHub.Web.Caching;

/// <summary>
/// Cache-Control from the endpoint's <see cref="CachePolicy"/>, and for pages, feeds and calendars a weak
/// ETag from a hash of the body: a browser or feed reader that already has the same bytes gets a 304
/// with no body. Sits inside the page cache, so the ETag is stored with the page and only computed when
/// a page is rendered.
/// </summary>
internal sealed class ValidatorsMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        var policy = metadata?.GetMetadata<CachePolicy>();
        if (policy is null)
        {
            await next(context);
            return;
        }

        if (policy.Store && metadata!.GetMetadata<CacheQueryKeys>()?.CarriesTypedText(context.Request) == true)
        {
            policy = CachePolicy.Private;
        }

        var response = context.Response;
        if (!policy.Validate || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            response.OnStarting(() =>
            {
                response.Headers.CacheControl = policy.CacheControl;
                return Task.CompletedTask;
            });
            await next(context);
            return;
        }

        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var buffer = new PooledBufferStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(body);
        }

        if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            var etag = WeakETag(buffer);
            response.Headers.ETag = etag;
            response.Headers.CacheControl = policy.CacheControl;
            if (policy.SharedCacheControl is not null)
            {
                response.Headers["CDN-Cache-Control"] = policy.SharedCacheControl;
            }
            if (Matches(context.Request.Headers.IfNoneMatch, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                return;
            }
        }

        if (buffer.Length > 0)
        {
            // An empty error response stays untouched, so the status code page can still fill it in.
            response.ContentLength = buffer.Length;
            await response.Body.WriteAsync(buffer.Written, context.RequestAborted);
        }
    }

    /// <summary>
    /// An ETag only has to change when the bytes do; nobody gains by forging one for their own cache, so
    /// a fast non-cryptographic 128-bit hash does (SHA-256 took about 5% of a rendered article's time).
    /// </summary>
    private static string WeakETag(PooledBufferStream buffer)
    {
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(buffer.Written.Span, hash);
        return "W/\"" + Convert.ToBase64String(hash[..12]).Replace('+', '-').Replace('/', '_') + "\"";
    }

    /// <summary>If-None-Match uses the weak comparison: W/"x" and "x" are the same validator.</summary>
    internal static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0 || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        var ours = EntityTagHeaderValue.Parse(etag);
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(ours, useStrongComparison: false));
    }
}
