using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Data;

/// <summary>The store for what editors change through the web. Entity mapping lives in Configurations/.</summary>
/// <remarks>
/// Abstract: each provider has its own context type (<see cref="SqliteHubDbContext"/>,
/// <see cref="PostgresHubDbContext"/>), so EF Core keeps a migrations set and a model snapshot per provider.
/// Everything else asks for this type; <see cref="ProviderSelection"/> makes the right one.
/// </remarks>
public abstract class HubDbContext : DbContext, IDataProtectionKeyContext
{
    protected HubDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Resource> Resources => Set<Resource>();

    public DbSet<Event> Events => Set<Event>();

    public DbSet<Editor> Editors => Set<Editor>();

    public DbSet<EditorSession> EditorSessions => Set<EditorSession>();

    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();

    public DbSet<Suggestion> Suggestions => Set<Suggestion>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>
    /// The keys that sign editors' cookies and forms, shared by every instance of the site (see
    /// <see cref="Editors.EditorAuthentication"/>).
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
}
