using System.Net.Http.Headers;
using System.Xml.Linq;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Infrastructure;

/// <summary>
/// HEAD answers like GET (RFC 9110 section 9.3.2) on every URL the site offers machines and readers:
/// each address in the sitemap, the feeds, robots.txt and the calendars. A HEAD asked before anyone
/// has asked for the GET must not leave an empty page in the cache either.
/// </summary>
public sealed class HeadLikeGetTests : IDisposable
{
    private static readonly string[] ComparedHeaders =
        ["Content-Type", "ETag", "Last-Modified", "Cache-Control", "CDN-Cache-Control", "Content-Disposition", "Content-Language", "Vary"];

    private readonly HubFactory _factory = new("Production");

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Head_answers_with_gets_status_and_headers_on_every_get_endpoint()
    {
        var client = _factory.CookielessBrowser();
        var sitemap = XDocument.Load(ServedXml.Reader(await client.GetByteArrayAsync("/sitemap.xml")));
        var urls = sitemap.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9"))
            .Select(loc => new Uri(loc.Value).PathAndQuery)
            .Concat(["/feed.xml", "/sitemap.xml", "/robots.txt", "/events.ics", "/events/series-chat-one.ics"])
            .ToList();
        Assert.True(urls.Count > 10, string.Join(", ", urls));

        foreach (var url in urls)
        {
            using var headFirst = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
            using var get = await client.GetAsync(url);
            using var headAfter = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

            Assert.True(get.IsSuccessStatusCode, $"GET {url}: {get.StatusCode}");
            Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync());
            foreach (var head in new[] { headFirst, headAfter })
            {
                Assert.True(get.StatusCode == head.StatusCode, $"HEAD {url}: {head.StatusCode}, GET {get.StatusCode}");
                foreach (var name in ComparedHeaders)
                {
                    Assert.True(Header(get, name) == Header(head, name), $"HEAD {url}: {name} is '{Header(head, name)}', GET's '{Header(get, name)}'");
                }

                if (head.Content.Headers.ContentLength is { } length)
                {
                    Assert.Equal(get.Content.Headers.ContentLength, length);
                }
            }
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        Values(response.Headers, name) ?? Values(response.Content.Headers, name);

    private static string? Values(HttpHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
