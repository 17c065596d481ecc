using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Data;

namespace SexWorkResourceHub.Web.Search;

/// <summary>
/// The search index on SQLite: an FTS5 table in search.db beside the database (in a temporary folder
/// when there is no data folder). It is this instance's own, rebuilt at start, and written in short
/// transactions; write-ahead logging lets readers search while it is written. Explainers whose title
/// holds every word come first; then ranking is bm25 with the title weighted above the summary and the body.
/// </summary>
/// <remarks>
/// What a result links to and whether it is visible (kind, address, date, draft) lives in a plain table
/// beside the text index, joined by row id. Kept in the FTS table, those columns shared a record with
/// the body, so filtering 10,000 matches of a common word read every body from disk: 80 ms against 2.
/// Results are ordered by the table's configured rank, which FTS5 sorts itself, so the snippet is made
/// for the rows shown only (see docs/operators/performance.md).
/// </remarks>
public sealed class SqliteSearchIndex : ISearchIndex, IDisposable
{
    /// <summary>bm25 weights for title, summary and body, set as the table's rank.</summary>
    private const string Rank = "bm25(10.0, 4.0, 1.0)";

    /// <summary>An explainer whose title holds every word: these come first, the shortest title first.</summary>
    private const string TitleMatch = $"(meta.kind = '{SearchDocuments.Article}' AND documents.rowid IN (SELECT rowid FROM documents WHERE documents MATCH $title))";

    private const string Visible = "meta.language = $language AND (meta.draft = 0 AND (meta.published IS NULL OR meta.published <= $today) OR $all = 1)";

    private readonly string _connectionString;
    private readonly string _path;

    /// <summary>A folder of this instance's own, deleted with it; null when the index sits beside the database.</summary>
    private readonly string? _ownFolder;

    /// <remarks>
    /// With no data folder (SQLite in memory) the index goes to a temporary folder of this instance's
    /// own: it is built from the content and the store at start, so it has nothing to keep.
    /// </remarks>
    public SqliteSearchIndex(IOptions<DatabaseOptions> database)
    {
        var folder = database.Value.DataFolder;
        if (folder is null)
        {
            folder = _ownFolder = Path.Combine(Path.GetTempPath(), "swrh-search-" + Guid.NewGuid().ToString("N"));
        }

        Directory.CreateDirectory(folder);
        _path = Path.Combine(folder, "search.db");
        _connectionString = new SqliteConnectionStringBuilder { DataSource = _path, DefaultTimeout = 30 }.ToString();
    }

    public void Dispose()
    {
        if (_ownFolder is null)
        {
            return;
        }

        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        try
        {
            Directory.Delete(_ownFolder, recursive: true);
        }
        catch (IOException)
        {
            // A search still reading as the site stops; the system's temporary-file cleaning takes it.
        }
    }

    /// <summary>Starts an empty index (the old file is thrown away: everything in it is derived).</summary>
    public Task CreateAsync(CancellationToken cancellationToken)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }

        using var connection = Open();
        Execute(connection, $"""
            PRAGMA journal_mode=WAL;
            CREATE VIRTUAL TABLE documents USING fts5(
                title, summary, body,
                tokenize = 'unicode61 remove_diacritics 2',
                prefix = '4');
            INSERT INTO documents (documents, rank) VALUES ('rank', '{Rank}');
            CREATE VIRTUAL TABLE vocabulary USING fts5vocab(documents, 'row');
            CREATE TABLE meta (
                id INTEGER PRIMARY KEY, kind TEXT NOT NULL, key TEXT NOT NULL, url TEXT NOT NULL,
                title TEXT NOT NULL, published TEXT, draft INTEGER NOT NULL, language TEXT NOT NULL);
            CREATE INDEX meta_key ON meta (key);
            CREATE INDEX meta_kind ON meta (kind);
            """);
        return Task.CompletedTask;
    }

    public Task UpdateAsync(IReadOnlyCollection<string> removeKeys, IReadOnlyCollection<SearchDocument> add, CancellationToken cancellationToken) =>
        DeleteThenInsert("key", removeKeys, add);

    public Task ReplaceKindsAsync(IReadOnlyCollection<string> kinds, IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken) =>
        DeleteThenInsert("kind", kinds, documents);

    /// <summary>In one transaction, removes the documents whose <paramref name="column"/> (key or kind) is one of <paramref name="values"/>, then adds these.</summary>
    private Task DeleteThenInsert(string column, IEnumerable<string> values, IEnumerable<SearchDocument> documents) =>
        Write(transaction =>
        {
            using var delete = Command(transaction, $"""
                DELETE FROM documents WHERE rowid IN (SELECT id FROM meta WHERE {column} = $value);
                DELETE FROM meta WHERE {column} = $value;
                """);
            var parameter = delete.Parameters.Add("$value", SqliteType.Text);
            foreach (var value in values)
            {
                parameter.Value = value;
                delete.ExecuteNonQuery();
            }

            Insert(transaction, documents);
        });

    public async Task<SearchResults> SearchAsync(SearchQuery query, SearchVisibility visibility, int limit, CancellationToken cancellationToken)
    {
        if (query.Match is null)
        {
            return SearchResults.None;
        }

        try
        {
            return await RunAsync(query, visibility, limit, cancellationToken);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 9 && cancellationToken.IsCancellationRequested)
        {
            // 9 is SQLITE_INTERRUPT: the token stopped the query.
            throw new OperationCanceledException("The search was stopped.", ex, cancellationToken);
        }
    }

    private async Task<SearchResults> RunAsync(SearchQuery query, SearchVisibility visibility, int limit, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        // Microsoft.Data.Sqlite interrupts a statement cancelled while it starts, but not while rows are
        // read, and reading is where FTS5 builds each snippet, at a cost that grows with the document.
        // Interrupting the connection stops whichever step is running.
        await using var stop = cancellationToken.UnsafeRegister(static state => SQLitePCL.raw.sqlite3_interrupt(((SqliteConnection)state!).Handle), connection);
        await using var count = connection.CreateCommand();
        count.CommandText = $"SELECT count(*) FROM documents JOIN meta ON meta.id = documents.rowid WHERE documents MATCH $match AND {Visible}";
        Bind(count, query, visibility);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        if (total == 0)
        {
            return SearchResults.None;
        }

        await using var search = connection.CreateCommand();
        search.CommandText = $"""
            SELECT meta.kind, meta.title, meta.url,
                CASE WHEN length(documents.body) > {SearchSnippet.LongestBodyForSnippet}
                    THEN snippet(documents, 1, char(2), char(3), '…', 24)
                    ELSE snippet(documents, -1, char(2), char(3), '…', 24) END
            FROM documents JOIN meta ON meta.id = documents.rowid
            WHERE documents MATCH $match AND {Visible}
            ORDER BY {TitleMatch} DESC, CASE WHEN {TitleMatch} THEN length(meta.title) END, rank
            LIMIT $limit
            """;
        Bind(search, query, visibility);
        search.Parameters.AddWithValue("$limit", limit);
        // Explainers whose title holds every word come first, the shortest title (the one most nearly
        // named for the words) first among them: a reader who types a topic wants the explainer on it
        // before a resource or an event that mentions it.
        search.Parameters.AddWithValue("$title", "{title} : (" + query.Match + ")");
        var hits = new List<SearchHit>();
        await using var reader = await search.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), reader.GetString(2), SearchSnippet.Html(reader.GetString(3))));
        }

        return new SearchResults(hits, total, TimedOut: false);
    }

    public async Task<IReadOnlyList<IndexedWord>> WordsNearAsync(string word, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var near = connection.CreateCommand();
        // fts5vocab reads a range of terms straight from the index: here, those with the word's first letter.
        near.CommandText = "SELECT term, doc FROM vocabulary WHERE term >= $from AND term < $to AND length(term) BETWEEN $shortest AND $longest";
        var (from, to, shortest, longest) = SearchSpelling.Candidates(word);
        near.Parameters.AddWithValue("$from", from);
        near.Parameters.AddWithValue("$to", to);
        near.Parameters.AddWithValue("$shortest", shortest);
        near.Parameters.AddWithValue("$longest", longest);
        var words = new List<IndexedWord>();
        await using var reader = await near.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            words.Add(new IndexedWord(reader.GetString(0), reader.GetInt32(1)));
        }

        return words;
    }

    private static void Bind(SqliteCommand command, SearchQuery query, SearchVisibility visibility)
    {
        command.Parameters.AddWithValue("$match", query.Match);
        command.Parameters.AddWithValue("$today", visibility.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$all", visibility.IncludeUnpublished ? 1 : 0);
        command.Parameters.AddWithValue("$language", visibility.Language);
    }

    private static void Insert(SqliteTransaction transaction, IEnumerable<SearchDocument> documents)
    {
        using var insert = Command(transaction, """
            INSERT INTO meta (kind, key, url, title, published, draft, language) VALUES ($kind, $key, $url, $title, $published, $draft, $language);
            INSERT INTO documents (rowid, title, summary, body) VALUES (last_insert_rowid(), $title, $summary, $body);
            """);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var summary = insert.Parameters.Add("$summary", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        var kind = insert.Parameters.Add("$kind", SqliteType.Text);
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        var url = insert.Parameters.Add("$url", SqliteType.Text);
        var published = insert.Parameters.Add("$published", SqliteType.Text);
        var draft = insert.Parameters.Add("$draft", SqliteType.Integer);
        var language = insert.Parameters.Add("$language", SqliteType.Text);
        foreach (var document in documents)
        {
            title.Value = document.Title;
            summary.Value = document.Summary;
            body.Value = document.Body;
            kind.Value = document.Kind;
            key.Value = document.Key;
            url.Value = document.Url;
            published.Value = document.Published is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
            draft.Value = document.Draft ? 1 : 0;
            language.Value = document.Language;
            insert.ExecuteNonQuery();
        }
    }

    private Task Write(Action<SqliteTransaction> write)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        write(transaction);
        transaction.Commit();
        return Task.CompletedTask;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
