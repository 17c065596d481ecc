using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace SexWorkResourceHub.Web.Content;

/// <summary>
/// Loads the catalog when the site starts, then rebuilds it when files under the content folder are
/// added, changed or removed: changes are debounced, so a burst of saves (or a git checkout) gives
/// one rebuild. New problems are logged with file and line.
/// </summary>
internal sealed class ContentWatcher(
    ContentCatalog catalog,
    CatalogLoader loader,
    IOptions<ContentOptions> options,
    ILogger<ContentWatcher> log) : BackgroundService
{
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>
    /// A rebuild that only held changed files back, with nothing new for readers: kept as the basis of
    /// the next rebuild instead of being published, so the catalog's version moves only when what is
    /// served does.
    /// </summary>
    private CatalogSnapshot? _pending;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var root = options.Value.Path!;
        var debounce = TimeSpan.FromMilliseconds(options.Value.DebounceMilliseconds);

        // Off the start-up path: the host goes on to listen while the first catalog loads beside it
        // (requests that need it wait in ContentReadinessMiddleware).
        await Task.Yield();
        using var watcher = StartWatching(root);
        Rebuild(root);
        while (await _changes.Reader.WaitToReadAsync(stoppingToken))
        {
            _changes.Reader.TryRead(out _);
            // Wait until the folder has been quiet for the debounce interval.
            do
            {
                await Task.Delay(debounce, stoppingToken);
            }
            while (_changes.Reader.TryRead(out _));

            Rebuild(root);
        }
    }

    private FileSystemWatcher? StartWatching(string root)
    {
        try
        {
            var watcher = new FileSystemWatcher(root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, _) => Signal();
            watcher.Created += (_, _) => Signal();
            watcher.Deleted += (_, _) => Signal();
            watcher.Renamed += (_, _) => Signal();
            watcher.Error += (_, e) =>
            {
                // A lost event (buffer overflow) is harmless: a rebuild rescans the whole folder.
                log.LogWarning(e.GetException(), "Content file watcher reported an error; rescanning");
                Signal();
            };
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            log.LogWarning(ex, "Cannot watch {Root} for changes; content edits will show after a restart", root);
            return null;
        }
    }

    private void Signal() => _changes.Writer.TryWrite(true);

    private void Rebuild(string root)
    {
        var previous = catalog.Current;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        CatalogSnapshot snapshot;
        try
        {
            snapshot = loader.Load(root, _pending ?? previous);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The site keeps serving the previous snapshot rather than going down over content.
            log.LogError(ex, "Could not rebuild the content catalog from {Root}; still serving version {Version}", root, previous.Version);
            if (!catalog.IsLoaded)
            {
                catalog.Publish(previous);
            }

            return;
        }

        if (!snapshot.Held.IsEmpty && catalog.IsLoaded && snapshot.ServesTheSameAs(previous))
        {
            // A changed file is served once it is seen unchanged again: look again after the debounce.
            _pending = snapshot;
            Signal();
            return;
        }

        _pending = null;
        var known = previous.Problems.ToHashSet();
        foreach (var problem in snapshot.Problems.Where(p => !known.Contains(p)))
        {
            if (problem.Fatal)
            {
                log.LogError("Content problem {File}:{Line}: {Message}", problem.DisplayFile(root), problem.Line, problem.Message);
            }
            else
            {
                log.LogWarning("Content problem {File}:{Line}: {Message}", problem.DisplayFile(root), problem.Line, problem.Message);
            }
        }

        catalog.Publish(snapshot);
        if (!snapshot.Held.IsEmpty)
        {
            Signal();
        }

        log.LogInformation("Content catalog version {Version}: {Articles} articles, {Pages} pages, {Problems} problems, built in {ElapsedMs:0} ms",
            snapshot.Version, snapshot.Articles.Count, snapshot.Pages.Count, snapshot.Problems.Length,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
