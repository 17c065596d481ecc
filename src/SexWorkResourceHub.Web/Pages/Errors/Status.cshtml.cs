using Microsoft.AspNetCore.Mvc;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Errors;

/// <summary>The friendly page for every error status, reached by re-execution, with the original status code.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : SitePageModel
{
    public int Code { get; private set; }

    public string Heading { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public IActionResult OnGet(int code) => Show(code);

    // Re-execution keeps the original method, so a failed POST shows this page too.
    public IActionResult OnPost(int code) => Show(code);

    private IActionResult Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        (Heading, Explanation) = Code switch
        {
            404 => ("We can't find that page", "The address may be mistyped, or the page may have moved."),
            400 => ("Something in that request didn't look right", "Please go back and check what you entered."),
            405 => ("That action isn't available here", "Please go back and try again from the page."),
            429 => ("Too many requests", "Please wait a minute and try again."),
            >= 500 => ("Something went wrong on our side", "Nothing you did caused this. Please try again in a moment."),
            _ => ("That didn't work", "Please go back and try again."),
        };
        Response.StatusCode = Code;
        Meta = new PageMetadata(Heading, Explanation, HttpContext.Request.Path) { NoIndex = true };
        return Page();
    }
}
