using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Infrastructure.Methods;

namespace SexWorkResourceHub.Web.Infrastructure;

public static class SiteRegistration
{
    /// <summary>Site options, Razor Pages, text encoding and routing conventions.</summary>
    public static WebApplicationBuilder AddSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section).ValidateOnStart();
        builder.Services.AddOptions<Pages.Shared.SharingOptions>().BindConfiguration(Pages.Shared.SharingOptions.Section);
        builder.Services.AddSingleton<IValidateOptions<SiteOptions>, SiteOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IConfigureOptions<HostFilteringOptions>, AllowedHostsSetup>();

        // The Server header tells attackers what runs here and readers nothing.
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        builder.Services.AddRazorPages(options => options.Conventions.Add(new Localization.TranslatedPageRoutes()))
            // IHtmlLocalizer, for interface text with a link inside it.
            .AddViewLocalization()
            // Form labels ([Display]) and validation messages in the page's language, keyed by their English.
            .AddDataAnnotationsLocalization(options => options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        builder.Services.AddAllowedMethods();
        builder.Services.AddSingleton<Pages.Articles.ArticleStructuredData>();
        builder.Services.AddSingleton<Pages.Shared.LocalLinks>();
        // Write text as UTF-8 rather than escaping every non-ASCII character: smaller pages, readable RTL text.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.Configure<RouteOptions>(options =>
        {
            options.LowercaseUrls = true;
            options.ConstraintMap["slug"] = typeof(SlugRouteConstraint);
        });
        return builder;
    }
}
