namespace SexWorkResourceHub.Web.Content;

public static class ContentRegistration
{
    /// <summary>The Markdown pipeline, the content catalog and the watcher that keeps it current.</summary>
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<ContentOptionsSetup>();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IPostConfigureOptions<ContentOptions>>(sp => sp.GetRequiredService<ContentOptionsSetup>());
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<ContentOptions>>(sp => sp.GetRequiredService<ContentOptionsSetup>());

        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddSingleton<ContentFileParser>();
        builder.Services.AddSingleton<ContentLinkChecker>();
        builder.Services.AddSingleton<CatalogLoader>();
        builder.Services.AddSingleton<ContentCatalog>();
        builder.Services.AddSingleton<ContentAudienceProvider>();
        builder.Services.AddHostedService<ContentWatcher>();
        return builder;
    }
}
