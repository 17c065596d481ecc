namespace SexWorkResourceHub.Web.Content;

/// <summary>
/// Holds requests until the first catalog snapshot is in place, so a reader arriving in the first
/// moments after start gets the article rather than a 404. Health probes pass straight through.
/// </summary>
internal sealed class ContentReadinessMiddleware(RequestDelegate next, ContentCatalog catalog)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!catalog.IsLoaded && !context.Request.Path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase) && !context.Request.Path.StartsWithSegments("/readyz", StringComparison.OrdinalIgnoreCase))
        {
            await catalog.Loaded.WaitAsync(context.RequestAborted);
        }

        await next(context);
    }
}
