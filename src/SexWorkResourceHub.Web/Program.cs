using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Caching;
using SexWorkResourceHub.Web.Commands;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Editors;
using SexWorkResourceHub.Web.Feeds;
using SexWorkResourceHub.Web.Hsds;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Infrastructure.Health;
using SexWorkResourceHub.Web.Infrastructure.Logging;
using SexWorkResourceHub.Web.Infrastructure.Methods;
using SexWorkResourceHub.Web.Links;
using SexWorkResourceHub.Web.Localization;
using SexWorkResourceHub.Web.Search;

// A command (check-content, ...) runs and exits; its arguments are not settings for the site.
var isCommand = CommandLine.IsCommand(args);
var builder = WebApplication.CreateBuilder(isCommand ? [] : args);
if (isCommand)
{
    // A command talks to a person at a terminal: only warnings and errors go to the log.
    builder.Configuration.AddInMemoryCollection([new("Serilog:MinimumLevel:Default", "Warning")]);
}

// Hosted services start in this order, and the site listens once they all have: the first catalog starts
// loading, the store is migrated and seeded, then the rest start (Data Protection, added with Razor Pages
// in AddSite, reads its key ring from the store).
builder.AddSiteLogging();
builder.AddContent();
builder.AddData();
builder.AddSite();
builder.AddSiteLocalization();
builder.AddSiteCaching();
builder.Services.AddClientRateLimits();
builder.Services.AddSiteHealthChecks();
builder.AddEditors();
builder.AddSearch();
builder.Services.AddLinkChecking();
builder.Services.AddHsdsOpenApi();

try
{
    // Inside: building the host builds the logger, and a bad "Serilog" setting is a configuration error.
    var app = builder.Build();
    if (isCommand)
    {
        return await CommandLine.RunAsync(app.Services, args, Console.Out, Console.Error);
    }

    // The store's migrations and seed start now, beside the pipeline's setup; the host listens once they are done.
    app.Services.GetRequiredService<DatabaseInitializer>().StartEarly();

    // The request pipeline, outermost first (docs/architecture.md explains each step).
    app.UseSiteRequestLogging();
    app.UseMiddleware<SecurityHeadersMiddleware>();
    app.UseRequestLocalization();
    app.UsePageCache();
    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/error/500");
    }

    app.UseStatusCodePagesWithReExecute("/error/{0}");
    app.UseAllowedMethods();
    app.UseMiddleware<ContentReadinessMiddleware>();
    app.UseRateLimiter();
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseMiddleware<FormLimitsMiddleware>();
    app.UseCompressionAndValidators();

    app.MapSiteHealthChecks();
    app.MapStaticAssets();
    app.MapCalendars();
    app.MapDiscovery();
    app.MapSiteDescription();
    app.MapHsds();
    app.MapRazorPages().WithStaticAssets();

    try
    {
        await app.StartAsync();
    }
    catch (Exception ex) when (!IsConfigurationError(ex))
    {
        // The host has logged why (a store that could not be prepared, a port in use).
        return 1;
    }

    await app.WaitForShutdownAsync();
    return 0;
}
catch (OptionsValidationException ex)
{
    await Console.Error.WriteLineAsync("Configuration error: " + string.Join(" ", ex.Failures));
    return 1;
}
catch (InvalidOperationException ex) when (IsConfigurationError(ex))
{
    await Console.Error.WriteLineAsync($"Configuration error: {ex.Message} {ex.InnerException?.Message}");
    return 1;
}

// A setting that fails its checks, or one the binder cannot read as its type (a word where a number
// goes, an unknown provider): the binder's message names the setting and the value.
static bool IsConfigurationError(Exception ex) =>
    ex is OptionsValidationException or InvalidOperationException { Source: "Microsoft.Extensions.Configuration.Binder" };

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
