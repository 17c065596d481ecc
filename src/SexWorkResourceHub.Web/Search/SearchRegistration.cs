using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Data;

namespace SexWorkResourceHub.Web.Search;

public static class SearchRegistration
{
    /// <summary>
    /// The full-text index of the store's provider (an SQLite file of this instance's own, or a table
    /// every instance shares on PostgreSQL) and the service that keeps it in step with content and the store.
    /// </summary>
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section)
            .Validate(o => o.BudgetMilliseconds is >= 10 and <= 60_000, "Search:BudgetMilliseconds must be between 10 and 60000.")
            .Validate(o => o.CommonSearchMatches >= 0, "Search:CommonSearchMatches must be 0 (keep no search results) or more.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ISearchIndex>(services =>
            services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? ActivatorUtilities.CreateInstance<PostgresSearchIndex>(services)
                : ActivatorUtilities.CreateInstance<SqliteSearchIndex>(services));
        builder.Services.AddSingleton<CommonSearchCache>();
        builder.Services.AddSingleton<SearchIndexer>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SearchIndexer>());
        return builder;
    }
}
