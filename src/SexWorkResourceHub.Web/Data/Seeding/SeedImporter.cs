using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Resources;

namespace SexWorkResourceHub.Web.Data.Seeding;

/// <summary>
/// Adds the resources and events from a seed folder that the store does not have yet, keyed by slug,
/// so importing twice adds nothing. Soft-deleted records count as present: an editor's delete sticks.
/// </summary>
public sealed class SeedImporter(HubDbContext db, TimeProvider time)
{
    public sealed record Result(int ResourcesAdded, int EventsAdded, IReadOnlyList<ContentProblem> Problems);

    public async Task<Result> ImportAsync(string folder, CancellationToken cancellationToken = default)
    {
        var problems = new List<ContentProblem>();
        var resources = SeedReader.ReadResources(Path.Combine(folder, SeedReader.ResourcesFile), VerificationCycle.Today(time), problems);
        var events = SeedReader.ReadEvents(Path.Combine(folder, SeedReader.EventsFile), problems);

        var knownResources = await db.AllResources.Select(r => r.Slug).ToHashSetAsync(cancellationToken);
        var knownEvents = await db.AllEvents.Select(e => e.Slug).ToHashSetAsync(cancellationToken);
        var newResources = resources.Where(r => !knownResources.Contains(r.Slug)).ToList();
        var newEvents = events.Where(e => !knownEvents.Contains(e.Slug)).ToList();

        db.AllResources.AddRange(newResources);
        db.AllEvents.AddRange(newEvents);
        await db.SaveChangesAsync(cancellationToken);
        return new Result(newResources.Count, newEvents.Count, problems);
    }
}
