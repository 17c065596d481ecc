using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Resources;

namespace SexWorkResourceHub.Web.Search;

/// <summary>
/// Keeps the search index in step with the content catalog and the store. At start it builds the whole
/// index; then each catalog swap updates only the articles and pages that changed (unchanged files keep
/// the same objects between snapshots), and each committed change to resources or events re-indexes those.
/// </summary>
public sealed class SearchIndexer(
    ISearchIndex index,
    CommonSearchCache kept,
    ContentCatalog catalog,
    StoreChanges store,
    IServiceScopeFactory scopes,
    MarkdownRenderer markdown,
    ILogger<SearchIndexer> log) : BackgroundService
{
    private static readonly string[] StoreKinds = [SearchDocuments.Resource, SearchDocuments.Event];
    private static readonly string[] CatalogKinds = [SearchDocuments.Article, SearchDocuments.Page];

    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Channel<bool> _storeChanged = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Channel<CatalogSnapshot> _catalogChanged = Channel.CreateUnbounded<CatalogSnapshot>();
    private CatalogSnapshot _indexed = CatalogSnapshot.Empty;

    /// <summary>Completes when the first full index is built; searches wait for it.</summary>
    public Task Ready => _ready.Task;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        catalog.Swapped += snapshot => _catalogChanged.Writer.TryWrite(snapshot);
        store.ResourcesOrEventsChanged += () => _storeChanged.Writer.TryWrite(true);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await catalog.Loaded.WaitAsync(stoppingToken);
        try
        {
            await index.CreateAsync(stoppingToken);
            // Everything from the catalog replaces what the index held: a shared index (PostgreSQL) may
            // still hold articles an earlier release had and this one does not.
            var snapshot = catalog.Current;
            await index.ReplaceKindsAsync(CatalogKinds, [.. Documents(snapshot)], stoppingToken);
            _indexed = snapshot;
            await IndexStoreAsync(stoppingToken);
            kept.Clear();
            log.LogInformation("Search index built");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogError(ex, "Could not build the search index; search will find nothing until the next change");
        }
        finally
        {
            _ready.TrySetResult();
        }

        var catalogReader = _catalogChanged.Reader;
        var storeReader = _storeChanged.Reader;
        while (!stoppingToken.IsCancellationRequested)
        {
            var catalogWait = catalogReader.WaitToReadAsync(stoppingToken).AsTask();
            var storeWait = storeReader.WaitToReadAsync(stoppingToken).AsTask();
            await Task.WhenAny(catalogWait, storeWait);
            try
            {
                var latest = (CatalogSnapshot?)null;
                while (catalogReader.TryRead(out var snapshot))
                {
                    latest = snapshot;
                }

                if (latest is not null)
                {
                    await IndexCatalogAsync(latest, stoppingToken);
                }

                if (storeReader.TryRead(out _))
                {
                    await IndexStoreAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Could not update the search index; it will be retried on the next change");
            }
        }
    }

    /// <summary>Every language's articles and pages, each found by readers of its own language.</summary>
    private static IEnumerable<SearchDocument> Documents(CatalogSnapshot snapshot) =>
        SiteLanguages.All.SelectMany(l =>
            snapshot.ArticlesIn(l.Code).Values.Select(SearchDocuments.From).Concat(snapshot.PagesIn(l.Code).Values.Select(SearchDocuments.From)));

    private async Task IndexCatalogAsync(CatalogSnapshot snapshot, CancellationToken cancellationToken)
    {
        var previous = _indexed;
        var removed = new List<string>();
        var added = new List<SearchDocument>();
        foreach (var language in SiteLanguages.All.Select(l => l.Code))
        {
            Diff(previous.ArticlesIn(language), snapshot.ArticlesIn(language), SearchDocuments.Article, language, SearchDocuments.From, removed, added);
            Diff(previous.PagesIn(language), snapshot.PagesIn(language), SearchDocuments.Page, language, SearchDocuments.From, removed, added);
        }
        if (removed.Count > 0 || added.Count > 0)
        {
            await index.UpdateAsync(removed, added, cancellationToken);
            kept.Clear();
        }

        _indexed = snapshot;
    }

    private static void Diff<T>(
        IReadOnlyDictionary<string, T> before, IReadOnlyDictionary<string, T> after, string kind, string language,
        Func<T, SearchDocument> document, List<string> removed, List<SearchDocument> added)
        where T : class
    {
        foreach (var (slug, item) in after)
        {
            if (!before.TryGetValue(slug, out var old) || !ReferenceEquals(old, item))
            {
                removed.Add(SearchDocuments.Key(kind, language, slug));
                added.Add(document(item));
            }
        }

        removed.AddRange(before.Keys.Where(slug => !after.ContainsKey(slug)).Select(slug => SearchDocuments.Key(kind, language, slug)));
    }

    private async Task IndexStoreAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var resources = await db.Resources.Listed().AsNoTracking().ToListAsync(cancellationToken);
        var events = await db.Events.AsNoTracking().ToListAsync(cancellationToken);
        var documents = SiteLanguages.All.SelectMany(l => resources.Select(r => SearchDocuments.From(r, l.Code))
            .Concat(events.Select(e => SearchDocuments.From(e, markdown, l.Code))));
        await index.ReplaceKindsAsync(StoreKinds, [.. documents], cancellationToken);
        kept.Clear();
    }
}
