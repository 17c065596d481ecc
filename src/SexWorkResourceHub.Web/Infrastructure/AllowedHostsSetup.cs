using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace SexWorkResourceHub.Web.Infrastructure;

/// <summary>
/// Outside Development, the site answers only to the host of Site:BaseUrl unless AllowedHosts names
/// others; the framework's host filtering (first in the pipeline) answers any other Host header with
/// 400. The host in a request is never used to build an address, but a site that answered to any host
/// would let a cache in front of it keep pages under a name that is not the site's.
/// </summary>
/// <remarks>
/// An explicit AllowedHosts setting (even "*") is left to the framework, which reads it when these
/// options are still empty. A base URL on localhost answers to every loopback name, as a site run on one
/// machine is reached by 127.0.0.1 as often as by localhost.
/// </remarks>
internal sealed class AllowedHostsSetup(IConfiguration configuration, IHostEnvironment environment, IOptions<SiteOptions> site)
    : IConfigureOptions<HostFilteringOptions>
{
    public void Configure(HostFilteringOptions options)
    {
        if (environment.IsDevelopment() || !string.IsNullOrWhiteSpace(configuration["AllowedHosts"]))
        {
            return;
        }

        var baseUri = new Uri(site.Value.BaseUrl);
        options.AllowedHosts = baseUri.IsLoopback ? [baseUri.IdnHost, "localhost", "127.0.0.1", "[::1]"] : [baseUri.IdnHost];
    }
}
