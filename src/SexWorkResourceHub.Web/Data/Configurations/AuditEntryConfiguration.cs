using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.Property(a => a.EntityType).HasMaxLength(40);
        builder.Property(a => a.Action).HasMaxLength(40);
        builder.Property(a => a.ChangedBy).HasMaxLength(FieldLimits.Email);
        builder.Property(a => a.Changes).AsJson();
    }
}
