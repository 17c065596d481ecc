using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SexWorkResourceHub.Web.Pages.Shared;

/// <summary>A page model that tells the layout its title, description and canonical path.</summary>
public abstract class SitePageModel : PageModel
{
    public PageMetadata Meta { get; protected set; } = PageMetadata.Default;
}
