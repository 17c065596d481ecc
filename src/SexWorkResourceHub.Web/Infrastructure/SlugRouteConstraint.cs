using SexWorkResourceHub.Web.Content;

namespace SexWorkResourceHub.Web.Infrastructure;

/// <summary>Route constraint "slug": lowercase letters, digits and single hyphens, at most 100 characters.</summary>
internal sealed class SlugRouteConstraint : IRouteConstraint
{
    public const int MaxLength = 100;

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value)
        && value is string slug
        && slug.Length <= MaxLength
        && ContentFileParser.SlugPattern().IsMatch(slug);
}
