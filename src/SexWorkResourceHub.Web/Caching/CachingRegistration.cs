using System.IO.Compression;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace SexWorkResourceHub.Web.Caching;

/// <summary>
/// The page cache, compression and HTTP validators. A reading page is rendered once, compressed once
/// per encoding, and then served from memory until content or a record changes.
/// </summary>
public static class CachingRegistration
{
    /// <summary>Razor pages under these folders hold forms or private data: never stored.</summary>
    private static readonly string[] PrivateFolders = ["/Editor/", "/Suggest/", "/Search/"];

    /// <summary>Error pages answer for other URLs; they carry no caching headers of their own.</summary>
    private const string ErrorFolder = "/Errors/";

    public static WebApplicationBuilder AddSiteCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CachingOptions>().BindConfiguration(CachingOptions.Section)
            .Validate(o => o.PageSeconds is > 0 and <= 86_400, "Caching:PageSeconds must be between 1 and 86400.")
            .ValidateOnStart();
        builder.Services.AddSingleton<PageCache>();
        builder.Services.AddSingleton<PageCacheVersion>();

        builder.Services.AddResponseCompression(options =>
        {
            // Pages under HTTPS are compressed too; the ones that carry a secret (antiforgery tokens) and echo
            // what a visitor typed are left out (see UseCompressionAndValidators), which is what BREACH needs.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/atom+xml", "text/calendar", "image/svg+xml"];
        });
        // Compressed once per rendering and then cached, so the better ratio is worth its time.
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);

        builder.Services.Configure<RazorPagesOptions>(options => options.Conventions.Add(new PagePoliciesConvention()));
        return builder;
    }

    /// <summary>
    /// The page cache, near the front of the pipeline: a stored page is sent before error handling, rate
    /// limits and authentication run, none of which a stored reading page needs (see <see cref="PageCacheMiddleware"/>).
    /// </summary>
    public static WebApplication UsePageCache(this WebApplication app)
    {
        app.Services.GetRequiredService<PageCacheVersion>();
        if (app.Services.GetRequiredService<IOptions<CachingOptions>>().Value.OutputCache)
        {
            app.UseMiddleware<PageCacheMiddleware>();
        }

        return app;
    }

    /// <summary>Compression, then validators (inside, next to the page), so the page cache keeps compressed bytes with their ETag.</summary>
    public static WebApplication UseCompressionAndValidators(this WebApplication app)
    {
        app.UseWhen(context => context.GetEndpoint()?.Metadata.GetMetadata<CachePolicy>() is not { Store: false },
            branch => branch.UseResponseCompression());
        app.UseMiddleware<ValidatorsMiddleware>();
        return app;
    }

    /// <summary>
    /// Marks a minimal API endpoint with a policy (which says whether the page cache keeps it), and the
    /// query parameters it reads, if any: no other parameter is part of its page cache key.
    /// </summary>
    public static TBuilder CacheAs<TBuilder>(this TBuilder builder, CachePolicy policy, params string[] queryKeys) where TBuilder : IEndpointConventionBuilder =>
        queryKeys.Length == 0 ? builder.WithMetadata(policy) : builder.WithMetadata(policy, new CacheQueryKeys(queryKeys));

    /// <summary>Every Razor page gets its policy from its folder: reading pages are cached, forms never.</summary>
    private sealed class PagePoliciesConvention : IPageApplicationModelConvention
    {
        public void Apply(PageApplicationModel model)
        {
            var path = model.ViewEnginePath + "/";
            if (path.StartsWith(ErrorFolder, StringComparison.Ordinal))
            {
                return;
            }

            if (PrivateFolders.Any(folder => path.StartsWith(folder, StringComparison.Ordinal)))
            {
                model.EndpointMetadata.Add(CachePolicy.Private);
                return;
            }

            model.EndpointMetadata.Add(CachePolicy.Page);
            model.EndpointMetadata.Add(CacheQueryKeys.For(model));
        }
    }
}
