using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Errors;

/// <summary>The friendly page for every error status, reached by re-execution, with the original status code.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : SitePageModel
{
    public int Code { get; private set; }

    public string Heading { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    /// <summary>
    /// The code comes from the route alone. Bound from anywhere, a form post's fields would be read again
    /// here, and a form the site had just refused (too many fields) fails to read again: the code was left
    /// unbound and every such error showed as a 404.
    /// </summary>
    public IActionResult OnGet([FromRoute] int code)
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

    /// <summary>
    /// Re-execution keeps the original method, so this page answers every method with its one handler:
    /// Razor Pages would otherwise render it without one (an empty page) for TRACE or PUT, and answer
    /// OPTIONS with an empty 200 in place of the error.
    /// </summary>
    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        context.HandlerMethod ??= context.ActionDescriptor.HandlerMethods.Single(handler => handler.Name is null);
    }
}
