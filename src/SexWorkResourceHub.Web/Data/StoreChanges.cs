namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// Tells the rest of the site that resources or events have changed (the search index and the page cache
/// follow it). The code that saves them raises it once the save is committed; <see cref="StoreChangePoller"/>
/// raises it for changes made by another instance.
/// </summary>
public sealed class StoreChanges
{
    public event Action? ResourcesOrEventsChanged;

    public void Raise() => ResourcesOrEventsChanged?.Invoke();
}
