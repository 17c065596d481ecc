using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Infrastructure;

namespace SexWorkResourceHub.Web.Localization;

/// <summary>
/// The site's languages at run time. The culture comes from the address alone (/es/... is Spanish,
/// everything else English): no cookie, no query string, and the browser's Accept-Language never
/// changes or redirects a page, so one address always gives one language and the page cache can keep it.
/// </summary>
public static class SiteLocalization
{
    public static WebApplicationBuilder AddSiteLocalization(this WebApplicationBuilder builder)
    {
        // No ResourcesPath: each .resx sits beside its class (Localization/SharedResource.cs), so the build
        // names its resources after the class, SexWorkResourceHub.Web.SharedResource.
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = SiteLanguages.All.Select(l => new CultureInfo(l.Code)).ToList();
            options.DefaultRequestCulture = new RequestCulture(SiteLanguages.Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders = [new PathCultureProvider()];
        });
        return builder;
    }

    /// <summary>
    /// The culture of the address's language prefix; the default while translations are not published
    /// (Site:PublishTranslations), when /es/... is not found and its error page is in English.
    /// </summary>
    private sealed class PathCultureProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
            Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(
                SiteLanguages.OfPath(httpContext.Request.Path) is var language
                && httpContext.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.Serves(language)
                    ? language
                    : SiteLanguages.Default));
    }
}
