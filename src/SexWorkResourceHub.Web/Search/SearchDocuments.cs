using System.Net;
using System.Text.RegularExpressions;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Resources;
using SexWorkResourceHub.Web.Events;

namespace SexWorkResourceHub.Web.Search;

/// <summary>Turns articles, pages, resources and events into search documents.</summary>
public static partial class SearchDocuments
{
    public const string Article = "article";
    public const string Page = "page";
    public const string Resource = "resource";
    public const string Event = "event";

    public static SearchDocument From(Article article) => new(
        Article + ":" + article.Slug, Article, article.Title, article.Summary, Text(article.Body.Html), article.UrlPath,
        article.Draft, article.Published);

    public static SearchDocument From(SitePage page) => new(
        Page + ":" + page.Slug, Page, page.Title, page.Summary, Text(page.Body.Html), page.UrlPath);

    public static SearchDocument From(Resource resource) => new(
        Resource + ":" + resource.Slug, Resource, resource.Name,
        $"{ResourceLabels.Kind(resource.Kind)}. {ResourceLabels.Region(resource)}.",
        string.Join(' ', [resource.Description, ServiceAreaText.Words(resource.Areas), resource.Hours ?? string.Empty, .. resource.Tags]),
        "/resources#resource-" + resource.Slug);

    /// <summary>The event's description is Markdown: its text is searched, not its link addresses or marks.</summary>
    public static SearchDocument From(Event ev, MarkdownRenderer markdown) => new(
        Event + ":" + ev.Slug, Event, ev.Title,
        EventTimeFormat.Describe(new EventOccurrence(ev, ev.Start, ev.End)),
        string.Join(' ', Text(markdown.Render(ev.Description).Html), ev.HowToJoin, ev.Organiser, ev.Place, ev.Series),
        "/events/" + ev.Slug);

    public static string KindLabel(string kind) => kind switch
    {
        Article => "Explainer",
        Page => "Page",
        Resource => "Resource",
        Event => "Event",
        _ => kind,
    };

    /// <summary>The readable text of rendered HTML: tags dropped, entities decoded, spaces collapsed.</summary>
    internal static string Text(string html) =>
        Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
