namespace SexWorkResourceHub.Web.Infrastructure;

/// <summary>How the site names and links itself.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    public const string DefaultCalendarId = "sexworkresourcehub";

    /// <summary>
    /// Serves the translations under their prefixes (/es/...), with hreflang alternates and the language
    /// switch. On: every public page is served in Spanish. An operator can turn it off (a language whose
    /// interface is not finished yet, say); /es/... is then not found and no page names a translation.
    /// </summary>
    public bool PublishTranslations { get; set; } = true;

    /// <summary>Whether pages in <paramref name="language"/> are served: the default language always, the others while translations are published.</summary>
    public bool Serves(string language) => language == Content.SiteLanguages.Default || PublishTranslations;

    /// <summary>The site's name in titles, feeds and previews.</summary>
    public string Name { get; set; } = "SexWorkResourceHub";

    /// <summary>Public address of the site, used for canonical links, feeds and calendar files (for example https://example.org).</summary>
    public string BaseUrl { get; set; } = "http://localhost:8080";

    /// <summary>
    /// The part after the "@" in every calendar UID (slug@CalendarId). It does not follow BaseUrl, so a
    /// move to another address keeps every subscriber's events as they are; see docs/operators/configuration.md
    /// for the value that keeps the UIDs of a site that ran before this setting.
    /// </summary>
    public string CalendarId { get; set; } = DefaultCalendarId;

    /// <summary>Web address of the content repository's files, for "Edit this page" links; empty hides them.</summary>
    public string? RepositoryUrl { get; set; }

    /// <summary>
    /// Where to report a security problem, for /.well-known/security.txt (RFC 9116): a mailto: or https:
    /// address. Empty serves no security.txt, rather than one with nobody behind it.
    /// </summary>
    public string? SecurityContact { get; set; }

    /// <summary>Neutral page the quick-exit button leaves for.</summary>
    public string QuickExitUrl { get; set; } = "https://weather.com/";

    /// <summary>An absolute URL on this site for a root-relative path.</summary>
    public string Absolute(string path) => BaseUrl.TrimEnd('/') + (path.StartsWith('/') ? path : "/" + path);
}
