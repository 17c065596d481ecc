using System.Globalization;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Json;

namespace SexWorkResourceHub.Web.Infrastructure.Logging;

public static class SiteLogging
{
    /// <summary>
    /// Serilog behind Microsoft.Extensions.Logging: readable lines in Development, JSON lines elsewhere.
    /// Levels come from the usual Logging:LogLevel settings. (Serilog.AspNetCore does not restore here.)
    /// </summary>
    public static WebApplicationBuilder AddSiteLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<ILoggerProvider>(services =>
            new SerilogLoggerProvider(CreateLogger(services.GetRequiredService<IHostEnvironment>()), dispose: true));
        return builder;
    }

    private static Serilog.Core.Logger CreateLogger(IHostEnvironment environment)
    {
        var configuration = new LoggerConfiguration().MinimumLevel.Verbose().Enrich.FromLogContext();
        configuration = environment.IsDevelopment()
            ? configuration.WriteTo.Console(
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} <{SourceContext}>{NewLine}{Exception}",
                formatProvider: CultureInfo.InvariantCulture,
                restrictedToMinimumLevel: LogEventLevel.Verbose)
            : configuration.WriteTo.Console(new JsonFormatter(renderMessage: true, formatProvider: CultureInfo.InvariantCulture));
        return configuration.CreateLogger();
    }
}
