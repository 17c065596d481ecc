using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Routing.Patterns;

namespace SexWorkResourceHub.Web.Infrastructure.Methods;

/// <summary>
/// Gives every Razor page its <see cref="AllowedMethods"/> from its handlers, when the page is first
/// loaded: GET and HEAD always (a page renders for them), POST when it has a post handler. Razor Pages
/// would otherwise run a page for any method, without a handler, and render it half-made.
/// </summary>
internal sealed class PageMethodsConvention : IPageApplicationModelConvention
{
    /// <summary>Error pages answer for other URLs, with whatever method those were asked with.</summary>
    private const string ErrorFolder = "/Errors/";

    public void Apply(PageApplicationModel model)
    {
        if ((model.ViewEnginePath + "/").StartsWith(ErrorFolder, StringComparison.Ordinal))
        {
            return;
        }

        var post = false;
        foreach (var handler in model.HandlerMethods)
        {
            if (HttpMethods.IsPost(handler.HttpMethod))
            {
                post = true;
            }
            else if (!HttpMethods.IsGet(handler.HttpMethod) && !HttpMethods.IsHead(handler.HttpMethod))
            {
                throw new InvalidOperationException(
                    $"{model.ViewEnginePath} has an On{handler.HttpMethod} handler: AllowedMethods knows GET, HEAD and POST only.");
            }
        }

        var template = model.ActionDescriptor.AttributeRouteInfo?.Template;
        var namesARecord = template is not null && RoutePatternFactory.Parse(template).Parameters.Count > 0;
        model.EndpointMetadata.Add(new AllowedMethods(post ? "GET, HEAD, POST" : "GET, HEAD", post, namesARecord));
        if (namesARecord)
        {
            model.Filters.Add(RecordProbeFilter.Instance);
        }
    }
}
