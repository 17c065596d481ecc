namespace SexWorkResourceHub.Web.Search;

/// <summary>Limits on one search.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>
    /// The longest one search may run, matching and snippets together, before it is stopped and the
    /// reader told (2000 ms unless set). It also ends when the reader goes away.
    /// </summary>
    public int BudgetMilliseconds { get; set; } = 2000;
}
