using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Localization;

namespace SexWorkResourceHub.Web.Caching;

/// <summary>
/// Serves reading pages from <see cref="PageCache"/>, and stores the ones it had to render. Near the
/// front of the pipeline, so a stored page is sent before error handling, rate limits and authentication.
/// </summary>
/// <remarks>
/// Readers only: a request that carries any cookie is neither served from the cache nor stored in it.
/// Readers get no cookies from the site; an editor's sign-in is one, so an editor always gets a page
/// rendered for them (with drafts), and that page never reaches a reader. Authentication has not run
/// this early; the cookie is what is known.
/// </remarks>
internal sealed class PageCacheMiddleware(RequestDelegate next, PageCache cache, PageCacheVersion version)
{
    /// <summary>Headers that belong to one response on one connection, set afresh each time.</summary>
    private static readonly HashSet<string> NotStored = new(
        [HeaderNames.Date, HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.Connection, HeaderNames.KeepAlive, HeaderNames.SetCookie],
        StringComparer.OrdinalIgnoreCase);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var metadata = context.GetEndpoint()?.Metadata;
        var queryKeys = metadata?.GetMetadata<CacheQueryKeys>();
        if (metadata?.GetMetadata<CachePolicy>() is not { Store: true }
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || request.Headers.ContainsKey(HeaderNames.Cookie)
            || request.Headers.ContainsKey(HeaderNames.Authorization)
            || queryKeys?.CarriesTypedText(request) == true)
        {
            await next(context);
            return;
        }

        // The version is part of the key, taken now: a page rendered while a change was being saved is
        // stored under the old version and never served after the change.
        var key = new PageKey(ChosenEncoding(request), version.Current, CanonicalPath(request.Path.Value), queryKeys?.Canonical(request),
            SiteLanguages.OfPath(request.Path) == SiteLanguages.Default ? PreferredLanguage.Of(request) : null);
        if (cache.TryGet(key, out var page))
        {
            await ServeAsync(context, page);
            return;
        }

        if (!HttpMethods.IsGet(request.Method))
        {
            await next(context);
            return;
        }

        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var copy = new MemoryStream();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(new TeeStream(body.Stream, copy), body));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(body);
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            cache.Store(key, response.Headers.Where(h => !NotStored.Contains(h.Key)), response.Headers.ETag, copy.ToArray());
        }
    }

    /// <summary>
    /// The path in lower case and without a trailing slash: routing matches a route's literal words in any
    /// case and with or without the slash, and every value a stored page takes from its path is a
    /// lowercase slug, so these spellings are one page. Allocates only for a path spelt otherwise.
    /// </summary>
    internal static string? CanonicalPath(string? path)
    {
        if (path is not { Length: > 1 })
        {
            return path;
        }

        var trimmed = path[^1] == '/' ? path.TrimEnd('/') : path;
        return trimmed.AsSpan().ContainsAnyInRange('A', 'Z') ? trimmed.ToLowerInvariant() : trimmed;
    }

    /// <summary>The last Accept-Encoding seen and the encoding chosen for it (one reference: read and written whole).</summary>
    private static EncodingChoice? _lastChoice;

    /// <summary>
    /// The encoding response compression will choose (the highest quality, Brotli before gzip on a tie), as
    /// part of the page cache key: a stored Brotli page only ever goes to a client that asked for Brotli.
    /// </summary>
    internal static string ChosenEncoding(HttpRequest request)
    {
        var header = request.Headers.AcceptEncoding;
        if (header.Count == 0)
        {
            return "identity";
        }

        // Browsers send one of a handful of headers, each time the same: the last answer is kept, since
        // this runs on every cached page.
        var last = _lastChoice;
        if (header.Count == 1 && last is not null && string.Equals(last.Header, header[0], StringComparison.Ordinal))
        {
            return last.Encoding;
        }

        var encoding = Choose(header);
        if (header.Count == 1 && header[0] is { } single)
        {
            _lastChoice = new EncodingChoice(single, encoding);
        }

        return encoding;
    }

    private static string Choose(Microsoft.Extensions.Primitives.StringValues header)
    {
        if (!StringWithQualityHeaderValue.TryParseList(header, out var accepted))
        {
            return "identity";
        }

        double Quality(string name) => accepted
            .Where(a => a.Value.Equals(name, StringComparison.OrdinalIgnoreCase) || a.Value == "*")
            .Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        var (br, gzip) = (Quality("br"), Quality("gzip"));
        return br > 0 && br >= gzip ? "br" : gzip > 0 ? "gzip" : "identity";
    }

    private sealed record EncodingChoice(string Header, string Encoding);

    private static async Task ServeAsync(HttpContext context, StoredPage page)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, value) in page.Headers)
        {
            response.Headers[name] = value;
        }

        if (page.ETag is not null && ValidatorsMiddleware.Matches(context.Request.Headers.IfNoneMatch, page.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.ContentLength = null;
            response.Headers.ContentType = default;
            return;
        }

        response.ContentLength = page.Body.Length;
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await response.BodyWriter.WriteAsync(page.Body, context.RequestAborted);
        }
    }

    /// <summary>Sends the response on as it is written, keeping a copy to store.</summary>
    private sealed class TeeStream(Stream inner, MemoryStream copy) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            copy.Write(buffer, offset, count);
            inner.Write(buffer, offset, count);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            copy.Write(buffer.Span);
            return inner.WriteAsync(buffer, cancellationToken);
        }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
