using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// Each provider has its own hand-written migrations with the same ids: SQLite's in Data/Migrations and
/// PostgreSQL's in Data/Migrations/Postgres. EF Core finds migrations by their [DbContext] attribute
/// alone, so with one context type it would apply both sets; this offers only the set of the provider
/// in use, told apart by namespace (the folder).
/// </summary>
/// <remarks>
/// EF Core's documentation gives two other ways. A context type per provider would make every page,
/// command and test that asks for <see cref="HubDbContext"/> depend on a choice made from configuration
/// while services are registered, which the test host does not have yet. A migrations assembly per
/// provider needs two more projects. This is one small class on EF Core's public IMigrationsAssembly.
/// There is no model snapshot: migrations are written by hand, and tests compare each provider's
/// migrated schema with the one the model creates.
/// </remarks>
internal sealed class ProviderMigrationsAssembly(ICurrentDbContext current, IMigrationsIdGenerator ids) : IMigrationsAssembly
{
    public const string SqliteNamespace = "SexWorkResourceHub.Web.Data.Migrations";
    public const string PostgresNamespace = SqliteNamespace + ".Postgres";

    private IReadOnlyDictionary<string, TypeInfo>? _migrations;

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= Find(NamespaceFor(current.Context.Database.ProviderName));

    public ModelSnapshot? ModelSnapshot => null;

    public Assembly Assembly => typeof(HubDbContext).Assembly;

    /// <summary>The migrations written for one provider (by its EF Core provider name), by id in order.</summary>
    public static IReadOnlyDictionary<string, TypeInfo> For(string? providerName) => Find(NamespaceFor(providerName));

    public string? FindMigrationId(string nameOrId) => Migrations.Keys.FirstOrDefault(id =>
        string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
        || string.Equals(ids.GetName(id), nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private static string NamespaceFor(string? providerName) => providerName switch
    {
        "Npgsql.EntityFrameworkCore.PostgreSQL" => PostgresNamespace,
        "Microsoft.EntityFrameworkCore.Sqlite" => SqliteNamespace,
        _ => throw new NotSupportedException($"There are no migrations for the database provider {providerName}."),
    };

    private static SortedList<string, TypeInfo> Find(string ns)
    {
        var found = new SortedList<string, TypeInfo>(StringComparer.Ordinal);
        foreach (var type in typeof(HubDbContext).Assembly.DefinedTypes)
        {
            if (type.Namespace == ns
                && type.IsSubclassOf(typeof(Migration))
                && type.GetCustomAttribute<MigrationAttribute>() is { } migration
                && type.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(HubDbContext))
            {
                found.Add(migration.Id, type);
            }
        }

        return found;
    }
}
