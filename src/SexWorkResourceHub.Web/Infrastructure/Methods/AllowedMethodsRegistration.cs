using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SexWorkResourceHub.Web.Infrastructure.Methods;

public static class AllowedMethodsRegistration
{
    /// <summary>Every Razor page gets its <see cref="AllowedMethods"/> from its handlers.</summary>
    public static IServiceCollection AddAllowedMethods(this IServiceCollection services) =>
        services.Configure<RazorPagesOptions>(options => options.Conventions.Add(new PageMethodsConvention()));

    /// <summary>After routing (the endpoint is known) and inside the status code pages (which explain the 405).</summary>
    public static IApplicationBuilder UseAllowedMethods(this IApplicationBuilder app) =>
        app.UseMiddleware<AllowedMethodsMiddleware>();

    /// <summary>
    /// A minimal API endpoint that serves GET and HEAD. Map it for every method: the route then wins over
    /// the site pages' catch-all (/{slug}) whatever the method, and <see cref="AllowedMethodsMiddleware"/>
    /// answers the others with 405 rather than the catch-all with 404.
    /// </summary>
    public static TBuilder ServesGetAndHead<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(AllowedMethods.GetAndHead);
}
