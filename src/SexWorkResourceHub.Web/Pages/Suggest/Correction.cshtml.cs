using Microsoft.AspNetCore.Mvc;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Pages.Shared;
using SexWorkResourceHub.Web.Resources;

namespace SexWorkResourceHub.Web.Pages.Suggest;

/// <summary>"Report a problem with this": the form every resource card, article and page links to, with what it is about filled in.</summary>
public sealed class CorrectionModel(HubDbContext db, ContentCatalog catalog, TimeProvider time, SuggestionLimiter limiter)
    : SuggestPageModel<CorrectionSuggestionInput>(db, time, limiter)
{
    /// <summary>From the link the reader followed; on sending, the form's hidden field carries it instead.</summary>
    [BindProperty(SupportsGet = true, Name = "about")]
    public string? About { get; set; }

    protected override PageMetadata Metadata =>
        new(Localization.Ui.T("Report a problem"), Localization.Ui.T("Tell the editors about something wrong or out of date on this site: a number, an address, a fact."),
            SiteLanguages.InLanguage("/suggest/correction", PageLanguage))
        {
            NoIndex = true,
        };

    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Input.Target = await ReportTarget.ResolveAsync(Input.About ?? About, Db, catalog.Current, VerificationCycle.Today(Time), cancellationToken);
        Input.About = Input.Target?.Path;
    }
}
