using Npgsql;
using SexWorkResourceHub.Web.Data;

namespace SexWorkResourceHub.Tests.Support;

/// <summary>A database of its own on the test PostgreSQL server (HUB_TEST_POSTGRES), dropped afterwards.</summary>
public sealed class TempPostgresDatabase : ITempStore
{
    public string ConnectionString { get; } = TestPostgres.CreateDatabase();

    public HubDbContext CreateContext() =>
        ProviderSelection.CreateContext(DatabaseProvider.Postgres, ConnectionString);

    /// <summary>
    /// Columns (type, length, nullability, default, identity), indexes and constraints as PostgreSQL
    /// describes them, one line each, without EF's own history table.
    /// </summary>
    public List<string> Schema()
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || udt_name
                || coalesce('(' || character_maximum_length || ')', '')
                || CASE is_nullable WHEN 'NO' THEN ' not null' ELSE ' null' END
                || coalesce(' default ' || column_default, '')
                || CASE is_identity WHEN 'YES' THEN ' identity ' || identity_generation ELSE '' END
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name NOT LIKE '\_\_EF%'
            UNION ALL
            SELECT 'index ' || indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename NOT LIKE '\_\_EF%'
            UNION ALL
            SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '"\_\_EF%'
            ORDER BY 1
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    public void Dispose() => TestPostgres.DropDatabase(ConnectionString);
}
