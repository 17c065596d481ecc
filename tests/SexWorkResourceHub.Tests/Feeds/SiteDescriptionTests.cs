using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Feeds;

/// <summary>
/// What the site says about itself to browsers and researchers (OpenSearch, the web app manifest,
/// security.txt, icons and share tags), each read strictly from the bytes served.
/// </summary>
public sealed class SiteDescriptionTests : IDisposable
{
    private readonly FixedTimeProvider _clock = FixedTimeProvider.At("2026-11-22T12:00:00Z");
    private readonly HubFactory _factory;

    public SiteDescriptionTests()
    {
        _factory = new HubFactory("Production", new Dictionary<string, string?> { ["Site:SecurityContact"] = "mailto:security@hub.example" })
        {
            ConfigureTestServices = services => services.AddSingleton<TimeProvider>(_clock),
        };
    }

    public void Dispose() => _factory.Dispose();

    private static XmlReader StrictXml(Stream bytes) => XmlReader.Create(bytes, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });

    [Fact]
    public async Task The_opensearch_description_is_strict_xml_with_an_absolute_search_template_and_is_linked_from_every_page()
    {
        var client = _factory.CreateClient();
        var response = await client.GetAsync("/opensearch.xml");

        Assert.Equal("application/opensearchdescription+xml", response.Content.Headers.ContentType!.MediaType);
        using var reader = StrictXml(await response.Content.ReadAsStreamAsync());
        var xml = new XmlDocument();
        xml.Load(reader);
        var names = new XmlNamespaceManager(xml.NameTable);
        names.AddNamespace("os", "http://a9.com/-/spec/opensearch/1.1/");
        Assert.Equal("OpenSearchDescription", xml.DocumentElement!.LocalName);
        var template = xml.SelectSingleNode("/os:OpenSearchDescription/os:Url[@type='text/html']/@template", names)!.Value;
        Assert.Equal("https://hub.example/search?q={searchTerms}", template);
        Assert.Equal("UTF-8", xml.SelectSingleNode("/os:OpenSearchDescription/os:InputEncoding", names)!.InnerText);
        var page = await client.GetDocumentAsync("/articles/consent-basics");
        Assert.Equal("/opensearch.xml", page.QuerySelector("link[rel=search][type='application/opensearchdescription+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_manifest_is_json_whose_icons_are_served()
    {
        var client = _factory.CreateClient();
        var response = await client.GetAsync("/manifest.webmanifest");

        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType!.MediaType);
        using var manifest = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        var root = manifest.RootElement;
        Assert.Equal("SexWorkResourceHub", root.GetProperty("name").GetString());
        Assert.Equal("/", root.GetProperty("start_url").GetString());
        var icons = root.GetProperty("icons").EnumerateArray().ToList();
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "512x512");
        foreach (var icon in icons)
        {
            var image = await client.GetAsync(icon.GetProperty("src").GetString());
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.Equal(icon.GetProperty("type").GetString(), image.Content.Headers.ContentType!.MediaType);
        }

        var page = await client.GetDocumentAsync("/");
        Assert.Equal("/manifest.webmanifest", page.QuerySelector("link[rel=manifest]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Security_txt_follows_rfc_9116_with_the_configured_contact()
    {
        var response = await _factory.CreateClient().GetAsync("/.well-known/security.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        // RFC 9116 section 2.3: UTF-8, read from the bytes whatever the header says.
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(await response.Content.ReadAsByteArrayAsync());
        var fields = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split(": ", 2))
            .ToLookup(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        Assert.Equal(["mailto:security@hub.example"], fields["Contact"]);
        var expires = DateTimeOffset.ParseExact(Assert.Single(fields["Expires"]), "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Assert.InRange(expires, _clock.Now.AddDays(1), _clock.Now.AddYears(1));
        Assert.Equal(["https://hub.example/.well-known/security.txt"], fields["Canonical"]);
    }

    [Theory]
    [InlineData("/opensearch.xml")]
    [InlineData("/manifest.webmanifest")]
    [InlineData("/.well-known/security.txt")]
    [InlineData("/favicon.ico")]
    public async Task Head_answers_like_get(string path)
    {
        var client = _factory.CreateClient();

        var get = await client.GetAsync(path);
        using var request = new HttpRequestMessage(HttpMethod.Head, path);
        var head = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
        Assert.Equal(get.Headers.ETag?.ToString(), head.Headers.ETag?.ToString());
        Assert.Equal(get.Headers.CacheControl?.ToString(), head.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Without_a_contact_there_is_no_security_txt()
    {
        using var factory = new HubFactory("Production");

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/.well-known/security.txt")).StatusCode);
    }

    [Theory]
    [InlineData("/favicon.ico", "image/x-icon", new byte[] { 0, 0, 1, 0 })]
    [InlineData("/apple-touch-icon.png", "image/png", new byte[] { 0x89, 0x50, 0x4E, 0x47 })]
    public async Task The_icons_browsers_ask_for_by_name_are_served(string path, string type, byte[] signature)
    {
        var response = await _factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(signature, (await response.Content.ReadAsByteArrayAsync())[..4]);
    }

    [Fact]
    public async Task Share_tags_give_the_preview_images_size_and_alt_text_and_the_size_is_the_images_own()
    {
        var client = _factory.CreateClient();
        var page = await client.GetDocumentAsync("/articles/law-explained");
        string Meta(string selector) => page.QuerySelector(selector)!.GetAttribute("content")!;

        var image = await client.GetByteArrayAsync(new Uri(Meta("meta[property='og:image']")).AbsolutePath);
        // A PNG's IHDR holds width and height as big-endian integers at bytes 16 and 20.
        Assert.Equal(Meta("meta[property='og:image:width']"), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(image.AsSpan(16)).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(Meta("meta[property='og:image:height']"), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(image.AsSpan(20)).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(Meta("meta[property='og:image:alt']"), Meta("meta[name='twitter:image:alt']"));
    }

    [Fact]
    public async Task An_error_page_names_no_canonical_address_of_its_own()
    {
        var client = _factory.CreateClient();

        var missing = await client.GetDocumentAsync("/articles/no-such-article");
        var found = await client.GetDocumentAsync("/articles/consent-basics");

        Assert.Null(missing.QuerySelector("link[rel=canonical]"));
        Assert.Null(missing.QuerySelector("meta[property='og:url']"));
        Assert.Equal("https://hub.example/articles/consent-basics", found.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }
}
