using Microsoft.EntityFrameworkCore;

namespace SexWorkResourceHub.Web.Data;

/// <summary>The store for what editors change through the web. Entity mapping lives in Configurations/.</summary>
public sealed class HubDbContext(DbContextOptions<HubDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly);
}
