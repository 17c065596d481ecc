using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Suggest;

public sealed class ResourceModel(HubDbContext db, TimeProvider time, SuggestionLimiter limiter) : SuggestPageModel<ResourceSuggestionInput>(db, time, limiter)
{
    protected override PageMetadata Metadata => new(Localization.Ui.T("Suggest a resource"),
        Localization.Ui.T("Tell the editors about a support service, hotline, research or group that belongs in the directory, or about a mistake."),
        SiteLanguages.InLanguage("/suggest/resource", PageLanguage))
    {
        Languages = InEveryLanguage("/suggest/resource"),
    };
}
