using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Suggest;

public sealed class ThanksModel : SitePageModel
{
    public void OnGet() =>
        Meta = new PageMetadata(Localization.Ui.T("Thank you"), Localization.Ui.T("Your suggestion has reached the editors."), SiteLanguages.InLanguage("/suggest/thanks", PageLanguage))
        {
            NoIndex = true,
        };
}
