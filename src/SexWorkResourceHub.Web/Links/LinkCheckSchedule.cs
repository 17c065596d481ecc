using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Content;

namespace SexWorkResourceHub.Web.Links;

/// <summary>
/// The opt-in timer (LinkChecking:ScheduleEnabled, off by default): checks every link once the site is
/// up, then every LinkChecking:ScheduleHours. It runs beside the site, never in a request, and a failed
/// run is logged and tried again at the next turn.
/// </summary>
public sealed partial class LinkCheckSchedule(
    IServiceScopeFactory scopes, ContentCatalog catalog, IOptions<LinkCheckOptions> options, TimeProvider time, ILogger<LinkCheckSchedule> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ScheduleEnabled)
        {
            return;
        }

        await catalog.Loaded.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromHours(options.Value.ScheduleHours), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var results = await scope.ServiceProvider.GetRequiredService<LinkCheckRun>().RunAsync(null, stoppingToken);
                LogChecked(results.Count, results.Count(r => r.Outcome != Data.Entities.LinkOutcome.Ok));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Checked {Count} outside links; {NeedALook} need an editor's look")]
    private partial void LogChecked(int count, int needALook);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The scheduled link check failed; it runs again at the next turn")]
    private partial void LogFailed(Exception ex);
}
