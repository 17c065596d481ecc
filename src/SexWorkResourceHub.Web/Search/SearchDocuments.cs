using System.Net;
using System.Text.RegularExpressions;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Resources;
using SexWorkResourceHub.Web.Events;
using SexWorkResourceHub.Web.Localization;

namespace SexWorkResourceHub.Web.Search;

/// <summary>Turns articles, pages, resources and events into search documents.</summary>
public static partial class SearchDocuments
{
    public const string Article = "article";
    public const string Page = "page";
    public const string Resource = "resource";
    public const string Event = "event";

    /// <summary>A document's key: "article:slug" in the default language, "article:es:slug" in another.</summary>
    public static string Key(string kind, string language, string slug) =>
        language == SiteLanguages.Default ? kind + ":" + slug : kind + ":" + language + ":" + slug;

    public static SearchDocument From(Article article) => new(
        Key(Article, article.Language, article.Slug), Article, article.Title, article.Summary, Text(article.Body.Html), article.UrlPath,
        article.Draft, article.Published, article.Language);

    public static SearchDocument From(SitePage page) => new(
        Key(Page, page.Language, page.Slug), Page, page.Title, page.Summary, Text(page.Body.Html), page.UrlPath, Language: page.Language);

    /// <summary>
    /// The resource as a reader of <paramref name="language"/> finds it: its texts in that language where
    /// it has them (the English otherwise, still findable), and the labels in that language.
    /// </summary>
    public static SearchDocument From(Resource resource, string language) => Ui.In(language, () =>
    {
        var text = new ResourceTexts(resource, language);
        return new SearchDocument(
            Key(Resource, language, resource.Slug), Resource, resource.Name,
            $"{ResourceLabels.Kind(resource.Kind)}. {ResourceLabels.Region(resource)}.",
            string.Join(' ', [text.Description.Text, ServiceAreaText.Words(resource.Areas), text.Hours.Text ?? string.Empty, .. resource.Tags]),
            SiteLanguages.InLanguage("/resources", language) + "#resource-" + resource.Slug, Language: language);
    });

    /// <summary>The event's description is Markdown: its text is searched, not its link addresses or marks.</summary>
    public static SearchDocument From(Event ev, MarkdownRenderer markdown, string language) => Ui.In(language, () =>
    {
        var text = new EventTexts(ev, language);
        return new SearchDocument(
            Key(Event, language, ev.Slug), Event, text.Title.Text!,
            EventTimeFormat.Describe(new EventOccurrence(ev, ev.Start, ev.End)),
            string.Join(' ', Text(markdown.Render(text.Description.Text ?? string.Empty, text.Description.Language).Html), text.HowToJoin.Text, ev.Organiser, text.Place.Text, ev.Series),
            SiteLanguages.InLanguage("/events/" + ev.Slug, language), Language: language);
    });

    public static string KindLabel(string kind) => kind switch
    {
        Article => Ui.T("Explainer"),
        Page => Ui.T("Kind: Page"),
        Resource => Ui.T("Resource"),
        Event => Ui.T("Event"),
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
