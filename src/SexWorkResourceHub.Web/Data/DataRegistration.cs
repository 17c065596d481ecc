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
        // The provider's own context type (see HubDbContext), made per scope as AddDbContext would, with the
        // site's logging (UseApplicationServiceProvider).
        builder.Services.AddScoped(services => ProviderSelection.CreateContext(
            services.GetRequiredService<IOptions<DatabaseOptions>>().Value,
            options => options
            .UseApplicationServiceProvider(services)
            .AddInterceptors(services.GetRequiredService<TimestampInterceptor>())));

        builder.Services.AddSingleton<DatabaseInitializer>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DatabaseInitializer>());
        builder.Services.AddHostedService<SuggestionRetention>();
        builder.Services.AddHostedService<StoreChangePoller>();
        return builder;
    }
}
