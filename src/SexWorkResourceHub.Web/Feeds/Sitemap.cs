using System.Globalization;

namespace SexWorkResourceHub.Web.Feeds;

/// <summary>One public address and when it last changed.</summary>
/// <param name="Path">The page's address.</param>
/// <param name="LastModified">When it last changed.</param>
/// <param name="Alternates">The same page in each language, by language code, when it is in more than one (xhtml:link hreflang).</param>
public sealed record SitemapEntry(string Path, DateOnly LastModified, IReadOnlyDictionary<string, string>? Alternates = null);

/// <summary>The sitemaps.org XML format.</summary>
public static class Sitemap
{
    public static byte[] Write(IEnumerable<SitemapEntry> entries, Func<string, string> absolute) => Utf8Xml.Write(xml =>
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
        xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
        foreach (var entry in entries)
        {
            xml.WriteStartElement("url");
            xml.WriteElementString("loc", absolute(entry.Path));
            xml.WriteElementString("lastmod", entry.LastModified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            // Every language's address, this one's included, and x-default for the default language's.
            foreach (var (language, path) in entry.Alternates ?? new Dictionary<string, string>())
            {
                Alternate(xml, language, absolute(path));
                if (language == Content.SiteLanguages.Default)
                {
                    Alternate(xml, "x-default", absolute(path));
                }
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    });

    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    private static void Alternate(System.Xml.XmlWriter xml, string language, string href)
    {
        xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", language);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
