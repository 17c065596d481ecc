using Npgsql;

namespace SexWorkResourceHub.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests may run against: HUB_TEST_POSTGRES, an Npgsql connection string whose
/// role may create databases (tests/postgres.sh starts a throwaway server and sets it). When it is unset,
/// every site under test uses SQLite and the PostgreSQL-only tests are skipped.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "HUB_TEST_POSTGRES";

    public const string SkipReason = "Needs a PostgreSQL server: set HUB_TEST_POSTGRES to an Npgsql connection string "
        + "(source tests/postgres.sh and run postgres_start; ./test.sh does this itself).";

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    public static bool Enabled => Server is not null;

    /// <summary>Creates an empty database of its own (swrh_test_&lt;guid&gt;) and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var name = "swrh_test_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ToString();
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, closing whatever still holds it.</summary>
    public static void DropDatabase(string connectionString)
    {
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        var drop = $"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(connectionString).Database}\" WITH (FORCE)";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Execute(drop);
                return;
            }
            catch (PostgresException ex) when (attempt < 5 && ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                // A server process of another role (a maintenance worker on a server given in
                // HUB_TEST_POSTGRES) still had the database open; it goes away by itself.
                Thread.Sleep(200 * attempt);
            }
        }
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Server ?? throw new InvalidOperationException(SkipReason));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>A test that needs a PostgreSQL server; skipped, with the reason, when HUB_TEST_POSTGRES is unset.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestPostgres.Enabled)
        {
            Skip = TestPostgres.SkipReason;
        }
    }
}
