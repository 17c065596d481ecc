using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Links;

/// <summary>
/// One whole check: every outside address the site links to, asked, and the results kept in place of
/// the last run's (one row per address; addresses no longer linked are dropped).
/// </summary>
public sealed class LinkCheckRun(HubDbContext db, ContentCatalog catalog, LinkChecker checker)
{
    public async Task<IReadOnlyList<LinkCheck>> RunAsync(CatalogSnapshot? content, CancellationToken cancellationToken)
    {
        var targets = await LinkTargets.CollectAsync(db, content ?? catalog.Current, cancellationToken);
        var results = await checker.CheckAsync(targets, cancellationToken);

        var stored = await db.LinkChecks.ToDictionaryAsync(l => l.Url, StringComparer.Ordinal, cancellationToken);
        foreach (var result in results)
        {
            if (stored.Remove(result.Url, out var row))
            {
                (row.Outcome, row.StatusCode, row.RedirectTo, row.Error, row.ElapsedMilliseconds, row.CheckedAt, row.FoundIn) =
                    (result.Outcome, result.StatusCode, result.RedirectTo, result.Error, result.ElapsedMilliseconds, result.CheckedAt, result.FoundIn);
            }
            else
            {
                db.LinkChecks.Add(result);
            }
        }

        db.LinkChecks.RemoveRange(stored.Values);
        await db.SaveChangesAsync(cancellationToken);
        return results;
    }
}
