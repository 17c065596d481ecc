using SexWorkResourceHub.Web.Pages.Suggest;

namespace SexWorkResourceHub.Web.Pages.Shared;

/// <summary>A "Report a problem with this" link: the report form's address, the noun shown ("page"), and which entry, for screen readers.</summary>
public sealed record ReportLink(string Form, string? Noun = null, string? Which = null)
{
    public static ReportLink ForPath(string path, string? noun = "page") => new(ReportTarget.FormFor(path), noun);

    public static ReportLink ForResource(string slug, string name, string language = Content.SiteLanguages.Default) =>
        new(ReportTarget.FormForResource(slug, language), null, name);
}
