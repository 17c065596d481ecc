using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Feeds;
using SexWorkResourceHub.Web.Caching;
using SexWorkResourceHub.Web.Infrastructure.Health;
using SexWorkResourceHub.Web.Infrastructure.Logging;
using SexWorkResourceHub.Web.Infrastructure.Methods;

namespace SexWorkResourceHub.Web.Infrastructure;

public static class SiteRegistration
{
    /// <summary>Razor Pages, site options, routing conventions and health checks.</summary>
    public static WebApplicationBuilder AddSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SiteOptions>, SiteOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IConfigureOptions<HostFilteringOptions>, AllowedHostsSetup>();

        // The Server header tells attackers what runs here and readers nothing.
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        builder.Services.AddRazorPages();
        builder.Services.AddAllowedMethods();
        builder.Services.AddSingleton<Pages.Articles.ArticleStructuredData>();
        // Write text as UTF-8 rather than escaping every non-ASCII character: smaller pages, readable RTL text.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.Configure<RouteOptions>(options =>
        {
            options.LowercaseUrls = true;
            options.ConstraintMap["slug"] = typeof(SlugRouteConstraint);
        });
        builder.Services.AddSiteHealthChecks();
        builder.Services.AddClientRateLimits();
        builder.AddSiteCaching();
        return builder;
    }

    /// <summary>The request pipeline, outermost first.</summary>
    public static WebApplication MapSite(this WebApplication app)
    {
        app.UseSiteRequestLogging();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UsePageCache();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseAllowedMethods();
        app.UseMiddleware<ContentReadinessMiddleware>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<FormLimitsMiddleware>();
        app.UseCompressionAndValidators();

        app.MapSiteHealthChecks();
        app.MapStaticAssets();
        app.MapCalendars();
        app.MapDiscovery();
        app.MapSiteDescription();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
