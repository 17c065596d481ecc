namespace SexWorkResourceHub.Web.Infrastructure.Methods;

/// <summary>
/// Answers a method the endpoint does not serve (see <see cref="AllowedMethods"/>) with 405 and an Allow
/// header, before rate limits, authentication, antiforgery or the page run; the status code page then
/// explains. A URL with no endpoint is left to become the 404 it is. OPTIONS is one of those methods:
/// the site offers no CORS, so it has nothing more to say to it than Allow.
/// </summary>
internal sealed class AllowedMethodsMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var allowed = context.GetEndpoint()?.Metadata.GetMetadata<AllowedMethods>();
        if (allowed is null || allowed.Serves(context.Request.Method))
        {
            return next(context);
        }

        if (allowed.NamesARecord)
        {
            return AskThePageAsync(context, allowed);
        }

        NotAllowed(context.Response, allowed);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Runs the page as GET, which looks its record up and changes nothing; <see cref="RecordProbeFilter"/>
    /// turns a found record into a 405 before anything is rendered.
    /// </summary>
    private async Task AskThePageAsync(HttpContext context, AllowedMethods allowed)
    {
        var request = context.Request;
        var method = request.Method;
        request.Method = HttpMethods.Get;
        context.Features.Set(RecordProbe.Instance);
        try
        {
            await next(context);
        }
        finally
        {
            request.Method = method;
            context.Features.Set<RecordProbe>(null);
        }

        if (context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed && !context.Response.HasStarted)
        {
            NotAllowed(context.Response, allowed);
        }
    }

    private static void NotAllowed(HttpResponse response, AllowedMethods allowed)
    {
        response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        response.Headers.Allow = allowed.Allow;
    }
}
