using System.Diagnostics;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Links;

/// <summary>
/// Asks each outside address once, a few at a time, with a timeout and one retry when no answer or a
/// server error came, and says what it found. Redirects are reported, not followed: a moved link is
/// something an editor should update. Nothing about readers is involved or sent.
/// </summary>
public sealed class LinkChecker(IHttpClientFactory clients, IOptions<LinkCheckOptions> options, TimeProvider time)
{
    public const string ClientName = "link-check";

    public async Task<IReadOnlyList<LinkCheck>> CheckAsync(IReadOnlyList<LinkTarget> targets, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var results = new LinkCheck[targets.Count];
        var client = clients.CreateClient(ClientName);
        await Parallel.ForEachAsync(
            Enumerable.Range(0, targets.Count),
            new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var result = await AskAsync(client, targets[i].Url, settings, token);
                if (ShouldRetry(result))
                {
                    result = await AskAsync(client, targets[i].Url, settings, token);
                }

                result.FoundIn = [.. targets[i].FoundIn];
                results[i] = result;
            });
        return results;
    }

    /// <summary>No answer, or the server's own error: worth one more try. A 404 is an answer.</summary>
    private static bool ShouldRetry(LinkCheck result) => result.Outcome == LinkOutcome.Unreachable || result.StatusCode >= 500;

    private async Task<LinkCheck> AskAsync(HttpClient client, string url, LinkCheckOptions settings, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var result = new LinkCheck { Url = url, CheckedAt = time.GetUtcNow().UtcDateTime };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.UserAgent.ParseAdd(settings.UserAgent);
            // Headers are enough to know; the body is never read.
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            result.StatusCode = status;
            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                result.Outcome = LinkOutcome.Redirected;
                result.RedirectTo = (location.IsAbsoluteUri ? location : new Uri(new Uri(url), location)).AbsoluteUri;
            }
            else
            {
                result.Outcome = response.IsSuccessStatusCode ? LinkOutcome.Ok : LinkOutcome.Broken;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            result.Outcome = LinkOutcome.Unreachable;
            result.Error = $"No answer within {settings.TimeoutSeconds} seconds.";
        }
        catch (HttpRequestException ex)
        {
            result.Outcome = LinkOutcome.Unreachable;
            result.Error = Explain(ex);
        }

        result.ElapsedMilliseconds = (int)watch.ElapsedMilliseconds;
        return result;
    }

    /// <summary>Why no answer came, in plain words.</summary>
    private static string Explain(HttpRequestException ex) => (ex.HttpRequestError, ex.InnerException) switch
    {
        (HttpRequestError.NameResolutionError, _) => "The site's name could not be found (DNS).",
        (HttpRequestError.ConnectionError, SocketException { SocketErrorCode: SocketError.ConnectionRefused }) => "The server refused the connection.",
        (HttpRequestError.SecureConnectionError, _) => "The secure connection (TLS) failed: the certificate may have expired or not match.",
        (HttpRequestError.ResponseEnded, _) or (_, IOException) => "The server closed the connection without answering.",
        (HttpRequestError.ConnectionError, _) => "Could not connect to the server.",
        _ => "The request failed: " + ex.Message,
    };

    /// <summary>What a result means for an editor, in a sentence.</summary>
    public static string Describe(LinkCheck check) => check.Outcome switch
    {
        LinkOutcome.Ok => $"Works ({check.StatusCode}).",
        LinkOutcome.Redirected => $"Moved: it now sends readers to {check.RedirectTo} ({check.StatusCode}). Update the link if the new address is right.",
        LinkOutcome.Broken when check.StatusCode is 404 or 410 => $"Dead: the page is gone ({check.StatusCode}).",
        LinkOutcome.Broken when check.StatusCode >= 500 => $"Broken: the site answered with an error, twice ({check.StatusCode}).",
        LinkOutcome.Broken => $"Broken: the site refused the request ({check.StatusCode}).",
        _ => "Unreachable: " + check.Error,
    };
}
