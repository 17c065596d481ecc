using System.Globalization;

namespace SexWorkResourceHub.Web.Feeds;

/// <summary>One public address and when it last changed.</summary>
public sealed record SitemapEntry(string Path, DateOnly LastModified);

/// <summary>The sitemaps.org XML format.</summary>
public static class Sitemap
{
    public static byte[] Write(IEnumerable<SitemapEntry> entries, Func<string, string> absolute) => Utf8Xml.Write(xml =>
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
        foreach (var entry in entries)
        {
            xml.WriteStartElement("url");
            xml.WriteElementString("loc", absolute(entry.Path));
            xml.WriteElementString("lastmod", entry.LastModified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    });
}
