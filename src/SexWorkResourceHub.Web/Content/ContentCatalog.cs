namespace SexWorkResourceHub.Web.Content;

/// <summary>
/// Holds the current <see cref="CatalogSnapshot"/>. Readers take <see cref="Current"/> once per
/// request; a rebuild replaces it in a single reference swap.
/// </summary>
public sealed class ContentCatalog
{
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CatalogSnapshot _current = CatalogSnapshot.Empty;

    public CatalogSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Completes when the first snapshot is in place.</summary>
    public Task Loaded => _loaded.Task;

    public bool IsLoaded => _loaded.Task.IsCompleted;

    /// <summary>Raised after a new snapshot is swapped in (caches and the search index follow it).</summary>
    public event Action<CatalogSnapshot>? Swapped;

    internal void Publish(CatalogSnapshot snapshot)
    {
        Volatile.Write(ref _current, snapshot);
        _loaded.TrySetResult();
        Swapped?.Invoke(snapshot);
    }
}
