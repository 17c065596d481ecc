using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Feeds;

/// <summary>/sitemap.xml read from its bytes and held to the sitemaps.org 0.9 protocol.</summary>
public sealed partial class SitemapTests : IDisposable
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly HubFactory _factory = new("Production")
    {
        ConfigureTestServices = services => services.AddSingleton<TimeProvider>(FixedTimeProvider.At("2026-11-22T12:00:00Z")),
    };

    public void Dispose() => _factory.Dispose();

    private async Task<byte[]> SitemapBytesAsync() => await _factory.CreateClient().GetByteArrayAsync("/sitemap.xml");

    private static List<XElement> Urls(byte[] bytes)
    {
        using var reader = ServedXml.Reader(bytes);
        var root = XDocument.Load(reader).Root!;
        Assert.Equal(Ns + "urlset", root.Name);
        return [.. root.Elements()];
    }

    [Fact]
    public async Task The_sitemap_is_utf8_declared_as_utf8_with_no_byte_order_mark() =>
        ServedXml.AssertUtf8(await SitemapBytesAsync());

    [Fact]
    public async Task Every_entry_follows_the_sitemaps_protocol()
    {
        var bytes = await SitemapBytesAsync();
        var urls = Urls(bytes);

        Assert.InRange(bytes.Length, 1, 50 * 1024 * 1024);
        Assert.InRange(urls.Count, 1, 50_000);
        foreach (var url in urls)
        {
            Assert.Equal(Ns + "url", url.Name);
            Assert.All(url.Elements().Where(e => e.Name.Namespace == Ns), e => Assert.Contains(e.Name.LocalName, new[] { "loc", "lastmod", "changefreq", "priority" }));
            // Besides the protocol's own, only the hreflang extension: xhtml:link rel="alternate" to this host.
            Assert.All(url.Elements().Where(e => e.Name.Namespace != Ns), e =>
            {
                Assert.Equal(XName.Get("link", "http://www.w3.org/1999/xhtml"), e.Name);
                Assert.Equal("alternate", e.Attribute("rel")?.Value);
                Assert.NotNull(e.Attribute("hreflang"));
                Assert.StartsWith("https://hub.example/", e.Attribute("href")!.Value, StringComparison.Ordinal);
            });
            var loc = Assert.Single(url.Elements(Ns + "loc")).Value;
            Assert.True(loc.Length < 2048, loc);
            Assert.True(Uri.TryCreate(loc, UriKind.Absolute, out var uri), loc);
            // Every address in a sitemap is on the host the sitemap is served for.
            Assert.Equal("https://hub.example", uri.GetLeftPart(UriPartial.Authority));
            Assert.True(IsW3cDatetime(Assert.Single(url.Elements(Ns + "lastmod")).Value), loc);
        }

        Assert.Equal(urls.Count, urls.Select(u => u.Element(Ns + "loc")!.Value).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task The_sitemap_lists_every_public_page_with_its_last_change_and_no_draft()
    {
        var urls = Urls(await SitemapBytesAsync()).ToDictionary(u => u.Element(Ns + "loc")!.Value, u => u.Element(Ns + "lastmod")!.Value);

        foreach (var path in new[] { "/", "/articles", "/resources", "/events", "/articles/consent-basics", "/articles/law-explained", "/about", "/glossary", "/get-help", "/articles/tags/law", "/events/series-chat-one" })
        {
            Assert.Contains("https://hub.example" + path, urls.Keys);
        }

        Assert.DoesNotContain(urls.Keys, u => u.Contains("draft-notes", StringComparison.Ordinal) || u.Contains("future-piece", StringComparison.Ordinal) || u.Contains("/editor", StringComparison.Ordinal));
        Assert.Equal("2024-03-01", urls["https://hub.example/articles/consent-basics"]);
    }

    [Theory]
    [InlineData("2024-03-01", true)]
    [InlineData("2024", true)]
    [InlineData("2024-03", true)]
    [InlineData("2024-03-01T10:30+01:00", true)]
    [InlineData("2024-03-01T10:30:15.5Z", true)]
    [InlineData("2024-02-30", false)]
    [InlineData("2024-03-01T10:30", false)]
    [InlineData("01/03/2024", false)]
    public void The_w3c_datetime_check_accepts_the_note_s_forms_only(string value, bool valid) =>
        Assert.Equal(valid, IsW3cDatetime(value));

    /// <summary>The six forms of the W3C Datetime note (a profile of ISO 8601), with a real calendar date.</summary>
    private static bool IsW3cDatetime(string value)
    {
        var match = W3cDatetime().Match(value);
        if (!match.Success)
        {
            return false;
        }

        var month = match.Groups["month"].Success ? int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture) : 1;
        var day = match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) : 1;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    [GeneratedRegex(@"^(?<year>\d{4})(-(?<month>\d{2})(-(?<day>\d{2})(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?)?)?$")]
    private static partial Regex W3cDatetime();
}
