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

    /// <summary>The resources readers see: deleted ones left out. <see cref="AllResources"/> holds them all.</summary>
    /// <remarks>
    /// A view rather than a global query filter: EF Core cannot make a compiled model of a model with query
    /// filters, and the compiled model is what keeps EF Core's first use short at start-up.
    /// </remarks>
    public IQueryable<Resource> Resources => AllResources.Where(r => r.DeletedAt == null);

    /// <summary>Every resource, deleted ones too (editors' deleted list, restoring, slugs, seeding).</summary>
    public DbSet<Resource> AllResources => Set<Resource>();

    /// <summary>The events readers see: deleted ones left out. <see cref="AllEvents"/> holds them all.</summary>
    public IQueryable<Event> Events => AllEvents.Where(e => e.DeletedAt == null);

    /// <summary>Every event, deleted ones too.</summary>
    public DbSet<Event> AllEvents => Set<Event>();

    public DbSet<Editor> Editors => Set<Editor>();

    public DbSet<EditorSession> EditorSessions => Set<EditorSession>();

    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();

    public DbSet<Suggestion> Suggestions => Set<Suggestion>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Editors' checks of resources' details, newest last.</summary>
    public DbSet<Verification> Verifications => Set<Verification>();

    /// <summary>What the last link check found at each outside address.</summary>
    public DbSet<LinkCheck> LinkChecks => Set<LinkCheck>();

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
