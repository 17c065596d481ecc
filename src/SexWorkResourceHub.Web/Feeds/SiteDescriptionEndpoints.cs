using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Caching;
using SexWorkResourceHub.Web.Infrastructure.Methods;

namespace SexWorkResourceHub.Web.Feeds;

/// <summary>
/// What browsers and security researchers ask a site about itself: /opensearch.xml (so a browser can
/// offer the site's search), /manifest.webmanifest (name, colours and icons when a page is saved to a
/// home screen) and /.well-known/security.txt (RFC 9116: whom to tell about a security problem). Each
/// is built from the Site:* settings, so the name and addresses are this installation's own. Bytes are
/// written as text results: a file result writes no body for HEAD, and so would give HEAD another ETag.
/// </summary>
public static class SiteDescriptionEndpoints
{
    /// <summary>How long a security.txt may be trusted; RFC 9116 asks for less than a year.</summary>
    public static readonly TimeSpan SecurityTxtLifetime = TimeSpan.FromDays(180);

    public static void MapSiteDescription(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map("/opensearch.xml", (IOptions<SiteOptions> site) =>
            Results.Text(OpenSearch(site.Value), "application/opensearchdescription+xml; charset=utf-8"))
            .CacheAs(CachePolicy.Feed).ServesGetAndHead();

        endpoints.Map("/manifest.webmanifest", (IOptions<SiteOptions> site) =>
            Results.Text(Manifest(site.Value), "application/manifest+json; charset=utf-8"))
            .CacheAs(CachePolicy.Feed).ServesGetAndHead();

        endpoints.Map("/.well-known/security.txt", (IOptions<SiteOptions> site, TimeProvider time) =>
            string.IsNullOrWhiteSpace(site.Value.SecurityContact)
                ? Results.NotFound()
                : Results.Text(SecurityTxt(site.Value, time.GetUtcNow()), "text/plain; charset=utf-8"))
            .ServesGetAndHead();
    }

    internal static byte[] OpenSearch(SiteOptions site) => Utf8Xml.Write(xml =>
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("OpenSearchDescription", "http://a9.com/-/spec/opensearch/1.1/");
        xml.WriteElementString("ShortName", site.Name.Length <= 16 ? site.Name : site.Name[..16]);
        xml.WriteElementString("Description", $"Search {site.Name}: explainers, resources and events");
        xml.WriteElementString("InputEncoding", "UTF-8");
        xml.WriteElementString("Language", "en");
        xml.WriteStartElement("Image");
        xml.WriteAttributeString("width", "16");
        xml.WriteAttributeString("height", "16");
        xml.WriteAttributeString("type", "image/x-icon");
        xml.WriteString(site.Absolute("/favicon.ico"));
        xml.WriteEndElement();
        xml.WriteStartElement("Url");
        xml.WriteAttributeString("type", "text/html");
        xml.WriteAttributeString("method", "get");
        xml.WriteAttributeString("template", site.Absolute("/search") + "?q={searchTerms}");
        xml.WriteEndElement();
        xml.WriteStartElement("Url");
        xml.WriteAttributeString("type", "application/opensearchdescription+xml");
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("template", site.Absolute("/opensearch.xml"));
        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    internal static byte[] Manifest(SiteOptions site) => JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
    {
        ["name"] = site.Name,
        ["short_name"] = site.Name.Length <= 12 ? site.Name : "Resource Hub",
        ["description"] = "Plain-language explainers on the difference between consensual adult sex work and sex trafficking, with support services and events.",
        ["lang"] = "en",
        ["dir"] = "ltr",
        ["start_url"] = "/",
        ["scope"] = "/",
        // A browser window with its address bar and back button: the quick exit and the browser's own
        // history controls behave as on any page, which matters more here than looking like an app.
        ["display"] = "browser",
        ["background_color"] = "#fdfcfa",
        ["theme_color"] = "#5b2a86",
        ["icons"] = new object[]
        {
            new Dictionary<string, string> { ["src"] = "/img/icon-192.png", ["sizes"] = "192x192", ["type"] = "image/png" },
            new Dictionary<string, string> { ["src"] = "/img/icon-512.png", ["sizes"] = "512x512", ["type"] = "image/png" },
            new Dictionary<string, string> { ["src"] = "/img/icon.svg", ["sizes"] = "any", ["type"] = "image/svg+xml" },
        },
    });

    internal static string SecurityTxt(SiteOptions site, DateTimeOffset now) =>
        $"""
        Contact: {site.SecurityContact}
        Expires: {(now + SecurityTxtLifetime).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}
        Preferred-Languages: en
        Canonical: {site.Absolute("/.well-known/security.txt")}

        """.ReplaceLineEndings("\n");
}
