using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Resources;

namespace SexWorkResourceHub.Web.Pages.Suggest;

/// <summary>
/// What a "Report a problem with this" link is about: a resource on /resources, an article, an event or
/// another page of the site, by its path, with the title the report form shows. Anything that is not a
/// path on this site is dropped, so a crafted link can neither point the form elsewhere nor put words in it.
/// </summary>
public sealed partial record ReportTarget(string Path, string Title)
{
    public const int MaxPathLength = 300;

    private const string ResourcePrefix = "/resources#resource-";

    /// <summary>The address of the report form for <paramref name="path"/>, in the path's language.</summary>
    public static string FormFor(string path) =>
        SiteLanguages.InLanguage("/suggest/correction", SiteLanguages.OfPath(path)) + "?about=" + Uri.EscapeDataString(path);

    /// <summary>The resource a report's path names ("/resources#resource-slug"), or null for any other path.</summary>
    public static string? ResourceSlug(string path) =>
        path.StartsWith(ResourcePrefix, StringComparison.Ordinal) ? path[ResourcePrefix.Length..] : null;

    /// <summary>The address of the report form for one resource card, as seen on a page in <paramref name="language"/>.</summary>
    public static string FormForResource(string slug, string language = SiteLanguages.Default) =>
        FormFor(SiteLanguages.Prefix(language) + ResourcePrefix + slug);

    public static async Task<ReportTarget?> ResolveAsync(string? about, HubDbContext db, CatalogSnapshot content, DateOnly today, CancellationToken cancellationToken)
    {
        if (about is null || about.Length > MaxPathLength || !SafePath().IsMatch(about))
        {
            return null;
        }

        // A page in another language (/es/...) is named as its readers see it.
        var language = SiteLanguages.OfPath(about);
        var prefix = SiteLanguages.Prefix(language);
        var path = about[prefix.Length..] is { Length: > 0 } rest ? rest : "/";
        if (ResourceSlug(path) is { } resource)
        {
            var name = await db.Resources.Listed().Where(r => r.Slug == resource).Select(r => r.Name).SingleOrDefaultAsync(cancellationToken);
            return name is null ? null : new ReportTarget(about, name);
        }

        if (path.StartsWith("/articles/", StringComparison.Ordinal))
        {
            // A draft or an article not yet published is not named: its title is not public.
            return content.ArticlesIn(language).TryGetValue(path["/articles/".Length..], out var article) && article.IsPublicOn(today)
                ? new ReportTarget(about, article.Title)
                : null;
        }

        if (path.StartsWith("/events/", StringComparison.Ordinal))
        {
            var slug = path["/events/".Length..];
            var ev = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
            return ev is null ? null : new ReportTarget(about, new Localization.EventTexts(ev, language).Title.Text!);
        }

        if (content.PagesIn(language).TryGetValue(path.TrimStart('/'), out var page))
        {
            return new ReportTarget(about, page.Title);
        }

        // Another page of the site (the directory, the schedule, the home page): named by its address.
        return about.Contains('#', StringComparison.Ordinal) ? null
            : new ReportTarget(about, path == "/" ? Localization.Ui.T("The home page") : Localization.Ui.T("The page at {0}", about));
    }

    [GeneratedRegex("^/[a-z0-9/#-]*$")]
    private static partial Regex SafePath();
}
