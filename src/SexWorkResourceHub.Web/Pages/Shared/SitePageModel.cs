using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Infrastructure;

namespace SexWorkResourceHub.Web.Pages.Shared;

/// <summary>A page model that tells the layout its title, description and canonical path.</summary>
public abstract class SitePageModel : PageModel
{
    public PageMetadata Meta { get; protected set; } = PageMetadata.Default;

    /// <summary>The page's language, from its address (/es/... is Spanish).</summary>
    public string PageLanguage => SiteLanguages.OfPath(Request.Path);

    /// <summary>
    /// A page under another language's prefix is served only once translations are published
    /// (Site:PublishTranslations); until then /es/... is not found, as if it did not exist.
    /// </summary>
    [NonHandler]
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (!context.HttpContext.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.Serves(PageLanguage))
        {
            context.Result = NotFound();
        }
    }

    /// <summary>
    /// The page's address in every language, for hreflang alternates and the language switch, when the
    /// page is served in every language and translations are published; otherwise none.
    /// </summary>
    protected IReadOnlyDictionary<string, string> InEveryLanguage(string englishPath) =>
        HttpContext.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.PublishTranslations
            ? SiteLanguages.All.ToDictionary(
                l => l.Code, l => LanguageLinks.For(HttpContext.RequestServices.GetRequiredService<ContentCatalog>().Current, l.Code, englishPath), StringComparer.Ordinal)
            : new Dictionary<string, string>();

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
