using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Pages.Shared;
using SexWorkResourceHub.Web.Localization;

namespace SexWorkResourceHub.Web.Pages.Errors;

/// <summary>The friendly page for every error status, reached by re-execution, with the original status code.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : SitePageModel
{
    public int Code { get; private set; }

    public string Heading { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    /// <summary>What to do next, when there is more to say than the explanation.</summary>
    public string? Advice { get; private set; }

    /// <summary>
    /// The code is read from the route values, with no handler parameter to bind: binding reads a posted
    /// form, and a form the site could not read (too many fields) failed again here, left the code
    /// unbound, and every such error showed as a 404.
    /// </summary>
    public IActionResult OnGet()
    {
        var code = int.TryParse(RouteData.Values["code"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
        Code = code is >= 400 and <= 599 ? code : 404;
        var refusal = HttpContext.Features.Get<FormRefusal>();
        (Heading, Explanation) = Code switch
        {
            404 => (Ui.T("We can't find that page"), Ui.T("The address may be mistyped, or the page may have moved.")),
            413 => (Ui.T("That was too much to send"), Ui.T("The form was larger than this site accepts, so nothing in it was read or saved.")),
            400 when refusal == FormRefusal.TooManyFields =>
                (Ui.T("That form had too many fields"), Ui.T("It had more fields than any form on this site, so nothing in it was read or saved.")),
            400 => (Ui.T("Something in that request didn't look right"), Ui.T("Please go back and check what you entered.")),
            405 => (Ui.T("That action isn't available here"), Ui.T("Please go back and try again from the page.")),
            429 => (Ui.T("Too many requests"), HttpContext.Features.Get<RetryAfter>() is { } retry
                ? Ui.T("Please wait {0}, then try again.", retry.InWords)
                : Ui.T("Please wait a few minutes, then try again.")),
            >= 500 => (Ui.T("Something went wrong on our side"), Ui.T("Nothing you did caused this. Please try again in a moment.")),
            _ => (Ui.T("That didn't work"), Ui.T("Please go back and try again.")),
        };
        if (refusal is not null)
        {
            Advice = Ui.T("Nothing else you have done on this site is lost. Go back to the form: your browser may still have what you typed.") + " "
                + (refusal == FormRefusal.TooLarge ? Ui.T("Shorten it, and send it again.") : Ui.T("Load the form again, and send it from there."));
        }

        Response.StatusCode = Code;
        if (Code == StatusCodes.Status429TooManyRequests)
        {
            // Said again on the page's own answer, which re-execution may have started afresh.
            HttpContext.Features.Get<RetryAfter>()?.ApplyTo(HttpContext);
        }

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
