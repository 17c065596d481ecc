using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace SexWorkResourceHub.Web.Data;

public static class DataRegistration
{
    /// <summary>
    /// The EF Core store on SQLite or PostgreSQL (Database:Provider), migrated and seeded as the site
    /// starts; connections wait for it.
    /// </summary>
    public static WebApplicationBuilder AddData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().ValidateOnStart();
        builder.Services.AddSingleton<DatabaseOptionsSetup>();
        builder.Services.AddSingleton<IConfigureOptions<DatabaseOptions>>(sp => sp.GetRequiredService<DatabaseOptionsSetup>());
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>>(sp => sp.GetRequiredService<DatabaseOptionsSetup>());

        builder.Services.AddSingleton<TimestampInterceptor>();
        builder.Services.AddSingleton<StoreChanges>();
        builder.Services.AddSingleton<StoreChangesInterceptor>();
        builder.Services.AddSingleton<DatabaseReadyInterceptor>();
        builder.Services.AddDbContext<HubDbContext>((services, options) => options
            .UseHubDatabase(services.GetRequiredService<IOptions<DatabaseOptions>>().Value)
            .AddInterceptors(
                services.GetRequiredService<DatabaseReadyInterceptor>(),
                services.GetRequiredService<TimestampInterceptor>(),
                services.GetRequiredService<StoreChangesInterceptor>())
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
