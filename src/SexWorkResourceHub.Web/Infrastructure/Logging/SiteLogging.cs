using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace SexWorkResourceHub.Web.Infrastructure.Logging;

public static class SiteLogging
{
    /// <summary>The configuration section operators set levels and sinks in (Serilog.Settings.Configuration).</summary>
    public const string Section = "Serilog";

    /// <summary>
    /// Serilog as the site's logger: readable lines in Development, compact JSON lines elsewhere, on standard
    /// output. Levels, and other sinks in place of that one, come from the "Serilog" section.
    /// </summary>
    public static WebApplicationBuilder AddSiteLogging(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSerilog(
            (services, logger) =>
            {
                // Defaults in code rather than appsettings.json, so that a replaced appsettings.json cannot
                // turn on ASP.NET Core's own request lines, which carry the full address, query string and all.
                // No Enrich.FromLogContext: it would put ASP.NET Core's request scope on the request line, and
                // its connection id ties together the pages one reader read.
                logger.MinimumLevel.Information()
                    .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                    .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning);
                ReadConfiguration(logger, configuration);
                logger.ReadFrom.Services(services);
                if (!configuration.GetSection(Section + ":WriteTo").Exists())
                {
                    WriteToConsole(logger, development);
                }
            },
            // Each host its own logger, not the process-wide Log.Logger: the tests run many sites in one process.
            preserveStaticLogger: true);

        // The trace id in every JSON line is then the site's own random one, never one a request's
        // traceparent header chose (which could follow a reader from one site to another).
        builder.Services.AddSingleton<DistributedContextPropagator>(new NoIncomingTraceContext());
        return builder;
    }

    /// <summary>A bad level or sink argument stops start-up like any other bad setting: named, with exit code 1.</summary>
    private static void ReadConfiguration(LoggerConfiguration logger, IConfiguration configuration)
    {
        try
        {
            logger.ReadFrom.Configuration(configuration);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
        {
            throw new OptionsValidationException(Section, typeof(LoggerConfiguration), [$"{Section}: {ex.Message}"]);
        }
    }

    private static void WriteToConsole(LoggerConfiguration logger, bool development)
    {
        if (development)
        {
            logger.WriteTo.Console(
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} <{SourceContext}>{NewLine}{Exception}",
                formatProvider: CultureInfo.InvariantCulture);
            return;
        }

        // The rendered message rather than only its template: the log is read by people (docker logs, grep)
        // as much as by tools, and the template's properties are on the line as well.
        logger.WriteTo.Console(new RenderedCompactJsonFormatter());
    }
}
