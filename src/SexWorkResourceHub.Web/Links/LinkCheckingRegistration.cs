using System.Net;

namespace SexWorkResourceHub.Web.Links;

/// <summary>The link checker's services: <c>builder.Services.AddLinkChecking()</c> in Program.cs.</summary>
public static class LinkCheckingRegistration
{
    /// <summary>Registers the client: redirects not followed, no cookies kept, its own timeout per request.</summary>
    public static void AddLinkChecking(this IServiceCollection services)
    {
        services.AddOptions<LinkCheckOptions>().BindConfiguration(LinkCheckOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(LinkChecker.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = TimeSpan.FromSeconds(10),
            });
        services.AddSingleton<LinkChecker>();
        services.AddScoped<LinkCheckRun>();
        services.AddHostedService<LinkCheckSchedule>();
    }
}
