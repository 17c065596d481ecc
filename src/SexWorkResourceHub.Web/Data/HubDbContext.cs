using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Data;

/// <summary>The store for what editors change through the web. Entity mapping lives in Configurations/.</summary>
public sealed class HubDbContext(DbContextOptions<HubDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
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
