using System.Xml.Linq;

namespace SexWorkResourceHub.BrowserTests;

/// <summary>
/// Every public page of the running site: what its sitemap lists, plus the pages a sitemap leaves out
/// (search results, the suggestion forms, the editors' sign-in, a missing page).
/// </summary>
public static class PublicPages
{
    /// <summary>Pages that set the antiforgery cookie because they hold a form that posts.</summary>
    public static readonly string[] FormPages =
    [
        "/suggest/resource", "/suggest/event", "/suggest/correction?about=%2Fresources%23resource-swop-usa", "/editor/login",
        "/es/suggest/resource", "/es/suggest/event", "/es/suggest/correction?about=%2Fes%2Fresources%23resource-swop-usa",
    ];

    /// <summary>
    /// The Spanish pages axe checks in both themes, one of each kind: the home page, the directory,
    /// get-help with its cards, events, an event, search and its results, a translation, the list, the
    /// glossary, a neutral-preview page, a missing page and two forms (the sitemap lists the rest for the other checks).
    /// </summary>
    public static readonly string[] Spanish =
    [
        "/es", "/es/resources", "/es/pedir-ayuda", "/es/events", "/es/events/international-sex-workers-day", "/es/search", "/es/search?q=trata",
        "/es/articles", "/es/articles/el-trabajo-sexual-no-es-trata", "/es/articles/fosta-sesta-explicada", "/es/glosario", "/es/navegar-con-seguridad",
        "/es/no-existe", "/es/suggest/resource", "/es/suggest/correction?about=%2Fes%2Farticles%2Ffosta-sesta-explicada",
    ];

    /// <summary>Reading pages that are not in the sitemap.</summary>
    public static readonly string[] Unlisted =
    [
        "/search?q=consent", "/search?q=zzzz-nothing", "/search", "/resources?kind=hotline", "/no-such-page",
        "/es/search", "/es/search?q=trata", "/es/search?q=zzzz-nada", "/es/resources?kind=hotline", "/es/no-existe",
    ];

    public static async Task<IReadOnlyList<string>> ReadingPathsAsync(SiteServer site)
    {
        using var client = site.CreateHttpClient();
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = sitemap.Descendants(ns + "loc").Select(loc => new Uri(loc.Value).PathAndQuery).ToList();
        Assert.True(listed.Count >= 20, $"the sitemap lists only {listed.Count} pages");
        return [.. listed.Concat(Unlisted).Distinct()];
    }
}
