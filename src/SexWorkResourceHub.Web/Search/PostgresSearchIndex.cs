using System.Text;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using SexWorkResourceHub.Web.Data;

namespace SexWorkResourceHub.Web.Search;

/// <summary>
/// The search index on PostgreSQL: a table in the site's database, searched with PostgreSQL's full-text
/// search. Every instance of the site reads and writes the same table, so an editor's change to a
/// resource or an event is found on every instance as soon as the instance that saved it has re-indexed.
/// </summary>
/// <remarks>
/// <para>
/// The table is derived data, like the SQLite index: it is created when missing and refilled from the
/// content and the store at every start, so it is not part of the EF Core model or its migrations.
/// Writers take turns under a transaction-scoped advisory lock, so instances starting together do not
/// interleave their deletes and inserts.
/// </para>
/// <para>
/// Words are matched as written, without stemming (the 'simple' configuration), as the SQLite index does.
/// Accents are folded away on both sides in .NET (so "prostitucion" finds "prostitución"), which needs no
/// database extension. Ranking weights the title above the summary and the body.
/// </para>
/// </remarks>
public sealed class PostgresSearchIndex : ISearchIndex, IDisposable
{
    /// <summary>Any number the site's database uses for nothing else ("SWRHSRCH" in ASCII).</summary>
    internal const long WriteLock = 0x5357_5248_5352_4348;

    /// <summary>ts_rank weights for {D, C, B, A}: body C, summary B, title A.</summary>
    private const string Weights = "'{0.1, 0.1, 0.4, 1.0}'";

    private const string Visible = "language = @language AND (draft = false AND (published IS NULL OR published <= @today) OR @all)";

    /// <summary>
    /// The text search configuration for a language's documents and queries: 'spanish' stems Spanish
    /// words (so "leyes" finds "ley"); English keeps 'simple', as before. Text is folded first in both, so
    /// "trafico" finds "tráfico".
    /// </summary>
    internal static string ConfigurationFor(string language) => language == "es" ? "spanish" : "simple";

    private static readonly string HeadlineOptions =
        $"StartSel=\"{SearchSnippet.MarkStart}\", StopSel=\"{SearchSnippet.MarkEnd}\", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=1, FragmentDelimiter=\" … \"";

    private readonly NpgsqlDataSource _source;

    public PostgresSearchIndex(IOptions<DatabaseOptions> options) => _source = NpgsqlDataSource.Create(options.Value.ConnectionString);

    public void Dispose() => _source.Dispose();

    /// <summary>Creates the table when missing; what it holds is left to the indexer to replace.</summary>
    public async Task CreateAsync(CancellationToken cancellationToken)
    {
        // The database itself is created and migrated by DatabaseInitializer, before the indexer starts.
        await WriteAsync(async (connection, transaction) =>
        {
            await using var create = new NpgsqlCommand("""
                CREATE TABLE IF NOT EXISTS search_documents (
                    key text PRIMARY KEY,
                    kind text NOT NULL,
                    url text NOT NULL,
                    title text NOT NULL,
                    summary text NOT NULL,
                    body text NOT NULL,
                    published date,
                    draft boolean NOT NULL,
                    terms tsvector NOT NULL,
                    language text NOT NULL DEFAULT 'en');
                ALTER TABLE search_documents ADD COLUMN IF NOT EXISTS language text NOT NULL DEFAULT 'en';
                CREATE INDEX IF NOT EXISTS search_documents_terms ON search_documents USING gin (terms);
                CREATE INDEX IF NOT EXISTS search_documents_kind ON search_documents (kind);
                CREATE TABLE IF NOT EXISTS search_words (word text PRIMARY KEY);
                TRUNCATE search_words;
                """, connection, transaction);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public Task UpdateAsync(IReadOnlyCollection<string> removeKeys, IReadOnlyCollection<SearchDocument> add, CancellationToken cancellationToken) =>
        DeleteThenInsertAsync("key", removeKeys, add, cancellationToken);

    public Task ReplaceKindsAsync(IReadOnlyCollection<string> kinds, IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken) =>
        DeleteThenInsertAsync("kind", kinds, documents, cancellationToken);

    /// <summary>In one transaction, removes the documents whose <paramref name="column"/> (key or kind) is one of <paramref name="values"/>, then adds these.</summary>
    private Task DeleteThenInsertAsync(string column, IReadOnlyCollection<string> values, IEnumerable<SearchDocument> documents, CancellationToken cancellationToken) =>
        WriteAsync(async (connection, transaction) =>
        {
            await using var delete = new NpgsqlCommand($"DELETE FROM search_documents WHERE {column} = ANY(@values)", connection, transaction);
            delete.Parameters.AddWithValue("values", values.ToArray());
            await delete.ExecuteNonQueryAsync(cancellationToken);
            await InsertAsync(connection, transaction, documents, cancellationToken);
        }, cancellationToken);

    public async Task<SearchResults> SearchAsync(SearchQuery query, SearchVisibility visibility, int limit, CancellationToken cancellationToken)
    {
        if (query.Terms.Count == 0)
        {
            return SearchResults.None;
        }

        // The total comes from a window over every match, counted before the limit; the snippet is made
        // for the rows shown only. ts_headline drops whatever looks like a tag or an entity, so '<' and
        // '&' go in as two control characters and come back as themselves: a snippet shows the text as
        // written, and it is encoded for HTML afterwards like any other.
        await using var search = _source.CreateCommand($"""
            WITH hits AS (
                SELECT kind, title, url, summary, body, ts_rank({Weights}, terms, query, 1) AS score, count(*) OVER () AS total, explainer
                FROM search_documents, to_tsquery(@config::regconfig, @query) AS query,
                    LATERAL (SELECT kind = '{SearchDocuments.Article}' AND terms @@ to_tsquery(@config::regconfig, @title) AS explainer) AS named
                WHERE terms @@ query AND {Visible}
                ORDER BY explainer DESC, CASE WHEN explainer THEN length(title) END, score DESC, title
                LIMIT @limit)
            SELECT kind, title, url, ts_headline('simple',
                    translate(CASE WHEN length(body) > {SearchSnippet.LongestBodyForSnippet} THEN summary ELSE summary || E'\n' || body END, '<&', E'\x01\x04'),
                    to_tsquery(@config::regconfig, @query), @headline), total
            FROM hits
            ORDER BY explainer DESC, CASE WHEN explainer THEN length(title) END, score DESC, title
            """);
        search.Parameters.AddWithValue("query", TsQuery(query));
        // Explainers whose title holds every word come first, the shortest title (the one most nearly
        // named for the words) first among them; weight A is the title.
        search.Parameters.AddWithValue("title", TsQuery(query, titleOnly: true));
        search.Parameters.AddWithValue("today", visibility.Today);
        search.Parameters.AddWithValue("all", visibility.IncludeUnpublished);
        search.Parameters.AddWithValue("language", visibility.Language);
        search.Parameters.AddWithValue("config", ConfigurationFor(visibility.Language));
        search.Parameters.AddWithValue("limit", limit);
        search.Parameters.AddWithValue("headline", HeadlineOptions);

        var hits = new List<SearchHit>();
        var total = 0;
        await using var reader = await search.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), reader.GetString(2), SearchSnippet.Html(reader.GetString(3).Replace('\u0001', '<').Replace('\u0004', '&'))));
            total = (int)reader.GetInt64(4);
        }

        return hits.Count == 0 ? SearchResults.None : new SearchResults(hits, total, TimedOut: false);
    }

    /// <summary>
    /// The terms as a tsquery, all required, the last as a prefix when the query allows. Terms hold
    /// letters, digits and marks only (see <see cref="SearchQuery"/>); each is quoted all the same, so
    /// nothing a reader types is read as tsquery syntax.
    /// </summary>
    internal static string TsQuery(SearchQuery query, bool titleOnly = false)
    {
        var text = new StringBuilder();
        for (var i = 0; i < query.Terms.Count; i++)
        {
            if (i > 0)
            {
                text.Append(" & ");
            }

            var term = SearchQuery.Fold(query.Terms[i]).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal);
            text.Append('\'').Append(term).Append('\'');
            var prefix = i == query.Terms.Count - 1 && query.LastIsPrefix;
            if (prefix || titleOnly)
            {
                text.Append(':').Append(prefix ? "*" : string.Empty).Append(titleOnly ? "A" : string.Empty);
            }
        }

        return text.ToString();
    }

    /// <remarks>
    /// The words come from search_words, which every write fills with the words of the documents it
    /// adds. A word whose documents have since gone stays there until the next start; it is counted
    /// here, at none, and never suggested.
    /// </remarks>
    public async Task<IReadOnlyList<IndexedWord>> WordsNearAsync(string word, CancellationToken cancellationToken)
    {
        var max = SearchSpelling.MaxEdits(word);
        await using var near = _source.CreateCommand(
            "SELECT word FROM search_words WHERE word >= @from AND word < @to AND length(word) BETWEEN @shortest AND @longest");
        var (from, to, shortest, longest) = SearchSpelling.Candidates(word);
        near.Parameters.AddWithValue("from", from);
        near.Parameters.AddWithValue("to", to);
        near.Parameters.AddWithValue("shortest", shortest);
        near.Parameters.AddWithValue("longest", longest);
        var candidates = new List<string>();
        await using (var reader = await near.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var candidate = reader.GetString(0);
                if (candidate == word || SearchSpelling.Distance(word, candidate, max) <= max)
                {
                    candidates.Add(candidate);
                }
            }
        }

        if (candidates.Count == 0)
        {
            return [];
        }

        // Only the few words close enough are counted, each through the GIN index.
        await using var count = _source.CreateCommand(
            "SELECT w, (SELECT count(*) FROM search_documents WHERE terms @@ to_tsquery('simple', quote_literal(w))) FROM unnest(@words) AS w");
        count.Parameters.AddWithValue("words", candidates.ToArray());
        var words = new List<IndexedWord>(candidates.Count);
        await using var counted = await count.ExecuteReaderAsync(cancellationToken);
        while (await counted.ReadAsync(cancellationToken))
        {
            words.Add(new IndexedWord(counted.GetString(0), (int)counted.GetInt64(1)));
        }

        return words;
    }

    private static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<SearchDocument> documents, CancellationToken cancellationToken)
    {
        // A stemmed language's document keeps its words as written too, and only words as written (never
        // a stem) go to search_words: the spelling suggestions offer words a reader would type.
        await using var insert = new NpgsqlCommand("""
            INSERT INTO search_documents (key, kind, url, title, summary, body, published, draft, language, terms)
            VALUES (@key, @kind, @url, @title, @summary, @body, @published, @draft, @language,
                setweight(to_tsvector(@config::regconfig, @title_folded), 'A')
                || setweight(to_tsvector(@config::regconfig, @summary_folded), 'B')
                || setweight(to_tsvector(@config::regconfig, @body_folded), 'C')
                || CASE WHEN @config = 'simple' THEN ''::tsvector ELSE
                    setweight(to_tsvector('simple', @title_folded), 'A')
                    || setweight(to_tsvector('simple', @summary_folded), 'B')
                    || setweight(to_tsvector('simple', @body_folded), 'C') END)
            ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, url = excluded.url, title = excluded.title,
                summary = excluded.summary, body = excluded.body, published = excluded.published,
                draft = excluded.draft, language = excluded.language, terms = excluded.terms;
            INSERT INTO search_words (word)
            SELECT DISTINCT unnest(tsvector_to_array(to_tsvector('simple', @title_folded || ' ' || @summary_folded || ' ' || @body_folded)))
            ON CONFLICT DO NOTHING;
            """, connection, transaction);
        var key = insert.Parameters.Add("key", NpgsqlDbType.Text);
        var kind = insert.Parameters.Add("kind", NpgsqlDbType.Text);
        var url = insert.Parameters.Add("url", NpgsqlDbType.Text);
        var title = insert.Parameters.Add("title", NpgsqlDbType.Text);
        var summary = insert.Parameters.Add("summary", NpgsqlDbType.Text);
        var body = insert.Parameters.Add("body", NpgsqlDbType.Text);
        var published = insert.Parameters.Add("published", NpgsqlDbType.Date);
        var draft = insert.Parameters.Add("draft", NpgsqlDbType.Boolean);
        var language = insert.Parameters.Add("language", NpgsqlDbType.Text);
        var config = insert.Parameters.Add("config", NpgsqlDbType.Text);
        var titleFolded = insert.Parameters.Add("title_folded", NpgsqlDbType.Text);
        var summaryFolded = insert.Parameters.Add("summary_folded", NpgsqlDbType.Text);
        var bodyFolded = insert.Parameters.Add("body_folded", NpgsqlDbType.Text);
        foreach (var document in documents)
        {
            key.Value = document.Key;
            kind.Value = document.Kind;
            url.Value = document.Url;
            title.Value = document.Title;
            summary.Value = document.Summary;
            body.Value = document.Body;
            published.Value = document.Published is { } date ? date : DBNull.Value;
            draft.Value = document.Draft;
            language.Value = document.Language;
            config.Value = ConfigurationFor(document.Language);
            titleFolded.Value = SearchQuery.Fold(document.Title);
            summaryFolded.Value = SearchQuery.Fold(document.Summary);
            bodyFolded.Value = SearchQuery.Fold(document.Body);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task WriteAsync(Func<NpgsqlConnection, NpgsqlTransaction, Task> write, CancellationToken cancellationToken)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var turn = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({WriteLock})", connection, transaction))
        {
            await turn.ExecuteNonQueryAsync(cancellationToken);
        }

        await write(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
    }
}
