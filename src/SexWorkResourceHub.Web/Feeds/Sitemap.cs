using System.Globalization;
using System.Text;
using System.Xml;

namespace SexWorkResourceHub.Web.Feeds;

/// <summary>One public address and when it last changed.</summary>
public sealed record SitemapEntry(string Path, DateOnly LastModified);

/// <summary>The sitemaps.org XML format.</summary>
public static class Sitemap
{
    public static string Write(IEnumerable<SitemapEntry> entries, Func<string, string> absolute)
    {
        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
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
        }

        return output.ToString();
    }
}
