using System.ServiceModel.Syndication;
using SexWorkResourceHub.Web.Content;

namespace SexWorkResourceHub.Web.Feeds;

/// <summary>The articles as an Atom 1.0 feed (RFC 4287) in English, written by System.ServiceModel.Syndication.</summary>
public static class AtomFeed
{
    /// <summary>The feed's date while there is no article: a fixed day, so an empty feed keeps its bytes and its ETag.</summary>
    private static readonly DateOnly NoArticles = new(2026, 1, 1);

    public static byte[] Write(IReadOnlyList<Article> articles, string siteName, Func<string, string> absolute, string language = SiteLanguages.Default) =>
        Localization.Ui.In(language, () => WriteIn(language, articles, siteName, absolute));

    private static byte[] WriteIn(string language, IReadOnlyList<Article> articles, string siteName, Func<string, string> absolute)
    {
        var feed = new SyndicationFeed(
            Localization.Ui.T("{0}: explainers", siteName),
            Localization.Ui.T("Plain-language explainers on sex work, sex trafficking, US law and FOSTA-SESTA."),
            feedAlternateLink: null,
            id: absolute("/"),
            lastUpdatedTime: Timestamp(articles.Count == 0 ? NoArticles : articles.Max(a => a.Updated)))
        {
            Language = language,
            Items = [.. articles.Select(article => Entry(article, absolute))],
        };
        feed.Links.Add(Link(absolute(SiteLanguages.InLanguage("/feed.xml", language)), "self", "application/atom+xml"));
        feed.Links.Add(Link(absolute(SiteLanguages.InLanguage("/articles", language)), "alternate", "text/html"));
        feed.Authors.Add(new SyndicationPerson { Name = Localization.Ui.T("{0} editors", siteName) });
        return Utf8Xml.Write(feed.GetAtom10Formatter().WriteTo);
    }

    private static SyndicationItem Entry(Article article, Func<string, string> absolute)
    {
        var url = absolute(article.UrlPath);
        var entry = new SyndicationItem
        {
            Id = url,
            Title = new TextSyndicationContent(article.Title),
            PublishDate = Timestamp(article.Published),
            LastUpdatedTime = Timestamp(article.Updated),
            Summary = new TextSyndicationContent(article.Summary),
        };
        entry.Links.Add(Link(url, "alternate", "text/html"));
        foreach (var tag in article.Tags)
        {
            entry.Categories.Add(new SyndicationCategory(tag));
        }

        return entry;
    }

    private static SyndicationLink Link(string href, string rel, string type) =>
        new(new Uri(href)) { RelationshipType = rel, MediaType = type };

    private static DateTimeOffset Timestamp(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
