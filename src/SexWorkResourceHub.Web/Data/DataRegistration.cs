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
        // The provider's own context type (see HubDbContext), made per scope as AddDbContext would, with the
        // site's logging (UseApplicationServiceProvider).
        builder.Services.AddScoped(services => ProviderSelection.CreateContext(
            services.GetRequiredService<IOptions<DatabaseOptions>>().Value,
            options => options
            .UseApplicationServiceProvider(services)
            .AddInterceptors(
                services.GetRequiredService<DatabaseReadyInterceptor>(),
                services.GetRequiredService<TimestampInterceptor>(),
                services.GetRequiredService<StoreChangesInterceptor>())));

        builder.Services.AddSingleton<DatabaseInitializer>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DatabaseInitializer>());
        builder.Services.AddHostedService<SuggestionRetention>();
        builder.Services.AddHostedService<StoreChangePoller>();
        return builder;
    }
}
