using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace SexWorkResourceHub.Web.Pages.Shared;

/// <summary>A page model that tells the layout its title, description and canonical path.</summary>
public abstract class SitePageModel : PageModel
{
    public PageMetadata Meta { get; protected set; } = PageMetadata.Default;

    /// <summary>
    /// A page in several languages offers its translation to a browser that prefers it (the layout), so
    /// caches between here and the reader must keep a copy per Accept-Language.
    /// </summary>
    [NonHandler]
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        if (Meta.Languages.Count > 0)
        {
            Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
        }
    }

    /// <summary>
    /// Runs a form's cross-field checks even when a single field already failed (the framework skips them
    /// then), so a person sees every problem at once instead of one round at a time.
    /// </summary>
    protected void ValidateWhole(IValidatableObject input, string prefix)
    {
        // With the request's services, as the framework's own run gives them (a rule may need the clock).
        foreach (var result in input.Validate(new ValidationContext(input, HttpContext.RequestServices, null)))
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(string.Empty))
            {
                var key = member.Length == 0 ? string.Empty : prefix + "." + member;
                var message = result.ErrorMessage ?? "This value is not valid.";
                if (!ModelState.TryGetValue(key, out var entry) || entry.Errors.All(e => e.ErrorMessage != message))
                {
                    ModelState.AddModelError(key, message);
                }
            }
        }
    }
}
