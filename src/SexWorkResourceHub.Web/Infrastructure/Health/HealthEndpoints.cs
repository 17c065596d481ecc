using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Infrastructure.Methods;

namespace SexWorkResourceHub.Web.Infrastructure.Health;

/// <summary>/healthz: the process answers. /readyz: the catalog is loaded and the database answers.</summary>
public static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddSiteHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<CatalogLoadedCheck>("content-catalog", tags: [ReadyTag])
            .AddCheck<DatabaseAnswersCheck>("database", tags: [ReadyTag]);
        return services;
    }

    public static void MapSiteHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).ServesGetAndHead();
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).ServesGetAndHead();
    }

    private sealed class CatalogLoadedCheck(ContentCatalog catalog) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(catalog.IsLoaded
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The content catalog is still loading."));
    }

    /// <remarks>The store is migrated and seeded before the site listens (<see cref="DatabaseInitializer"/>), so answering is all that is left to check.</remarks>
    private sealed class DatabaseAnswersCheck(IServiceScopeFactory scopes) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database does not answer.");
        }
    }
}
