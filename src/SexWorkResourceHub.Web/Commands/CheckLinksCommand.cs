using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Links;
using Microsoft.Extensions.Options;

namespace SexWorkResourceHub.Web.Commands;

/// <summary>
/// `check-links [--fail-on-broken]`: asks every outside address the site links to and says, in plain
/// words, which are dead, moved or unreachable. The results go to the editors' dashboard. It exits 1
/// only when asked to and something is broken; a moved link is reported but never fails it.
/// </summary>
internal static class CheckLinksCommand
{
    public const string FailOnBroken = "--fail-on-broken";

    public static async Task<int> RunAsync(CommandContext context)
    {
        if (context.Args.Any(a => a != FailOnBroken))
        {
            await context.Errors.WriteLineAsync($"Usage: check-links [{FailOnBroken}]");
            return 2;
        }

        var folder = context.Services.GetRequiredService<IOptions<ContentOptions>>().Value.Path!;
        var content = context.Services.GetRequiredService<CatalogLoader>().Load(folder);
        await using var scope = context.Services.CreateAsyncScope();
        var results = await scope.ServiceProvider.GetRequiredService<LinkCheckRun>().RunAsync(content, context.Cancellation);

        foreach (var result in results.Where(r => r.Outcome != LinkOutcome.Ok).OrderBy(r => r.Outcome).ThenBy(r => r.Url, StringComparer.Ordinal))
        {
            await context.Output.WriteLineAsync($"{result.Url}: {LinkChecker.Describe(result)} Linked from {string.Join(", ", result.FoundIn)}.");
        }

        var broken = results.Count(r => r.Outcome is LinkOutcome.Broken or LinkOutcome.Unreachable);
        var moved = results.Count(r => r.Outcome == LinkOutcome.Redirected);
        await context.Output.WriteLineAsync(
            $"check-links: {results.Count} {(results.Count == 1 ? "link" : "links")}, {broken} broken or unreachable, {moved} moved");
        return broken > 0 && context.Args.Contains(FailOnBroken) ? 1 : 0;
    }
}
