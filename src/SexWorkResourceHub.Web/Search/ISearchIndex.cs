namespace SexWorkResourceHub.Web.Search;

/// <summary>
/// The site's full-text index of articles, pages, resources and events. It is derived data: the
/// <see cref="SearchIndexer"/> fills it from the content catalog and the store, and keeps it in step.
/// Two kinds: an SQLite FTS5 file of this instance's own (<see cref="SqliteSearchIndex"/>), and, when the
/// store is on PostgreSQL, a table in that database that every instance shares (<see cref="PostgresSearchIndex"/>).
/// </summary>
public interface ISearchIndex
{
    /// <summary>Makes the index ready to be written; called once, before anything else.</summary>
    Task CreateAsync(CancellationToken cancellationToken);

    /// <summary>Removes the documents with these keys and adds these, in one transaction.</summary>
    Task UpdateAsync(IReadOnlyCollection<string> removeKeys, IReadOnlyCollection<SearchDocument> add, CancellationToken cancellationToken);

    /// <summary>Replaces every document of these kinds with <paramref name="documents"/>, in one transaction.</summary>
    Task ReplaceKindsAsync(IReadOnlyCollection<string> kinds, IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken);

    /// <summary>
    /// The visible documents matching every term, best first, at most <paramref name="limit"/>. A search
    /// stopped by <paramref name="cancellationToken"/> throws <see cref="OperationCanceledException"/>.
    /// </summary>
    Task<SearchResults> SearchAsync(SearchQuery query, SearchVisibility visibility, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// The indexed words that may be within <see cref="SearchSpelling.MaxEdits"/> of <paramref name="word"/>:
    /// the same first letter, and a length at most that many letters away. The word itself is included
    /// when it is indexed, and each comes with how many documents hold it. <paramref name="word"/> is
    /// lowercased and folded like the index's words.
    /// </summary>
    Task<IReadOnlyList<IndexedWord>> WordsNearAsync(string word, CancellationToken cancellationToken);
}
