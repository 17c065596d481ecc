using System.Xml.Linq;

namespace SexWorkResourceHub.BrowserTests;

/// <summary>
/// Every public page of the running site: what its sitemap lists, plus the pages a sitemap leaves out
/// (search results, the suggestion forms, the editors' sign-in, a missing page).
/// </summary>
public static class PublicPages
{
    /// <summary>Pages that set the antiforgery cookie because they hold a form that posts.</summary>
    public static readonly string[] FormPages = ["/suggest/resource", "/suggest/event", "/suggest/correction?about=%2Fresources%23resource-swop-usa", "/editor/login"];

    /// <summary>The Spanish pages served so far (not yet in the sitemap): a translation, the list, a page, and an original shown under /es/ with its notice.</summary>
    public static readonly string[] Spanish = ["/es/articles", "/es/articles/el-trabajo-sexual-no-es-trata", "/es/articles/fosta-sesta-explicada", "/es/glosario", "/es/navegar-con-seguridad"];

    /// <summary>Reading pages that are not in the sitemap.</summary>
    public static readonly string[] Unlisted = ["/search?q=consent", "/search?q=zzzz-nothing", "/search", "/resources?kind=hotline", "/no-such-page", .. Spanish];

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
