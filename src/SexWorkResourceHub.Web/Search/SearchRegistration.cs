namespace SexWorkResourceHub.Web.Search;

public static class SearchRegistration
{
    /// <summary>The full-text index and the service that keeps it in step with content and the store.</summary>
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SearchIndex>();
        builder.Services.AddSingleton<SearchIndexer>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SearchIndexer>());
        return builder;
    }
}
