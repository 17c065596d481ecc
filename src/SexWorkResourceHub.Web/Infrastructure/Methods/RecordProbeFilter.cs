using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SexWorkResourceHub.Web.Infrastructure.Methods;

/// <summary>
/// On a page whose route names a record, a method the page does not serve is first run as GET (see
/// <see cref="AllowedMethodsMiddleware"/>): the handler looks the record up, and its NotFound stands;
/// anything else becomes a 405 before the page renders.
/// </summary>
internal sealed class RecordProbeFilter : IAsyncPageFilter
{
    public static readonly RecordProbeFilter Instance = new();

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HttpContext.Features.Get<RecordProbe>() is null)
        {
            await next();
            return;
        }

        var executed = await next();
        if (executed.Exception is null && executed.Result is not (NotFoundResult or NotFoundObjectResult))
        {
            executed.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        }
    }
}

/// <summary>Marks a request run as GET only to learn whether its record exists.</summary>
internal sealed class RecordProbe
{
    public static readonly RecordProbe Instance = new();
}
