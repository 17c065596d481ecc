using Microsoft.AspNetCore.Components;

namespace SexWorkResourceHub.Web.Pages.Shared;

/// <summary>
/// The fingerprinted address of one of the site's own files (css/site.css becomes /css/site.abc123.css),
/// from the static assets manifest that every page's endpoint carries (MapRazorPages().WithStaticAssets()).
/// It does what asp-append-version does for such a file without creating tag helpers on every page,
/// which took about 6% of an uncached article's time. A file missing from the manifest keeps its plain address.
/// </summary>
public static class AssetUrls
{
    public static string For(HttpContext context, string path)
    {
        var assets = context.GetEndpoint()?.Metadata.GetMetadata<ResourceAssetCollection>();
        return $"{context.Request.PathBase}/{(assets is null ? path : assets[path])}";
    }
}
