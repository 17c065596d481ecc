namespace SexWorkResourceHub.Web.Search;

/// <summary>Limits on one search, and which results are kept.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>
    /// The longest one search may run, matching and snippets together, before it is stopped and the
    /// reader told (2000 ms unless set). It also ends when the reader goes away.
    /// </summary>
    public int BudgetMilliseconds { get; set; } = 2000;

    /// <summary>
    /// Search results are kept in memory only for searches that match at least this many documents:
    /// the common words that make the index work hardest, and that say nothing about the person
    /// searching. 0 keeps none. See <see cref="CommonSearchCache"/>.
    /// </summary>
    public int CommonSearchMatches { get; set; } = 500;
}
