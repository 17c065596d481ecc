using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace SexWorkResourceHub.Web.Data;

public static class DataRegistration
{
    /// <summary>
    /// The EF Core store on SQLite or PostgreSQL (Database:Provider), migrated and seeded as the site
    /// starts, before it takes requests.
    /// </summary>
    public static WebApplicationBuilder AddData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .BindConfiguration(DatabaseOptions.ConnectionStringsSection)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IPostConfigureOptions<DatabaseOptions>, DatabaseOptionsSetup>();

        builder.Services.AddSingleton<TimestampInterceptor>();
        builder.Services.AddSingleton<StoreChanges>();
        builder.Services.AddDbContext<HubDbContext>((services, options) => options
            .UseHubDatabase(services.GetRequiredService<IOptions<DatabaseOptions>>().Value)
            .AddInterceptors(services.GetRequiredService<TimestampInterceptor>())
            // Migrations are written by hand, so there is no model snapshot to compare with; tests check,
            // for each provider, that migrated and model-built schemas match.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));

        builder.Services.AddSingleton<DatabaseInitializer>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DatabaseInitializer>());
        builder.Services.AddHostedService<SuggestionRetention>();
        builder.Services.AddHostedService<StoreChangePoller>();
        return builder;
    }
}
