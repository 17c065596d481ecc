using System.Globalization;
using System.Text;
using System.Xml;
using SexWorkResourceHub.Web.Content;

namespace SexWorkResourceHub.Web.Feeds;

/// <summary>The articles as an Atom 1.0 feed (RFC 4287), written with XmlWriter.</summary>
public static class AtomFeed
{
    public static string Write(IReadOnlyList<Article> articles, string siteName, Func<string, string> absolute)
    {
        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteElementString("id", absolute("/"));
            xml.WriteElementString("title", siteName + ": explainers");
            xml.WriteElementString("subtitle", "Plain-language explainers on sex work, sex trafficking, US law and FOSTA-SESTA.");
            xml.WriteElementString("updated", Timestamp(articles.Count == 0 ? new DateOnly(2026, 1, 1) : articles.Max(a => a.Updated)));
            Link(xml, absolute("/feed.xml"), "self", "application/atom+xml");
            Link(xml, absolute("/articles"), "alternate", "text/html");
            xml.WriteStartElement("author");
            xml.WriteElementString("name", siteName + " editors");
            xml.WriteEndElement();
            foreach (var article in articles)
            {
                xml.WriteStartElement("entry");
                xml.WriteElementString("id", absolute(article.UrlPath));
                xml.WriteElementString("title", article.Title);
                Link(xml, absolute(article.UrlPath), "alternate", "text/html");
                xml.WriteElementString("published", Timestamp(article.Published));
                xml.WriteElementString("updated", Timestamp(article.Updated));
                xml.WriteStartElement("summary");
                xml.WriteAttributeString("type", "text");
                xml.WriteString(article.Summary);
                xml.WriteEndElement();
                foreach (var tag in article.Tags)
                {
                    xml.WriteStartElement("category");
                    xml.WriteAttributeString("term", tag);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return output.ToString();
    }

    private static void Link(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture);
}
