using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace SexWorkResourceHub.Tests.Support;

/// <summary>
/// Lets a test say which network address a request comes from: the in-process test host gives every
/// request none. A header read by a middleware placed before the site's own pipeline.
/// </summary>
public static class TestClientAddress
{
    public const string Header = "X-Test-Client-Address";

    public static void Register(IServiceCollection services) => services.AddTransient<IStartupFilter, Filter>();

    /// <summary>A browser-like client (cookies, no redirects followed) whose requests come from <paramref name="address"/>.</summary>
    public static HttpClient BrowserFrom(this HubFactory factory, string address)
    {
        var client = factory.Browser();
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    private sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
