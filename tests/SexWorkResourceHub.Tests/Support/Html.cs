using AngleSharp;
using AngleSharp.Dom;

namespace SexWorkResourceHub.Tests.Support;

/// <summary>Reads responses as real HTML documents.</summary>
public static class Html
{
    private static readonly IBrowsingContext Context = BrowsingContext.New(Configuration.Default);

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        // With the response's own content type: from the address alone, an error page answering for
        // /robots.txt would be read as plain text.
        return await Context.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!)
            .Header("Content-Type", response.Content.Headers.ContentType?.ToString() ?? "text/html"));
    }

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await ParseAsync(response);
    }

    /// <summary>Polls until <paramref name="condition"/> holds, for behaviour that follows a file change.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return await condition();
    }
}
