using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Suggest;

public sealed class ThanksModel : SitePageModel
{
    public void OnGet() =>
        Meta = new PageMetadata("Thank you", "Your suggestion has reached the editors.", "/suggest/thanks") { NoIndex = true };
}
