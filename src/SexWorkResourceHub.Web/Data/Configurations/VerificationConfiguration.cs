using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Data.Configurations;

internal sealed class VerificationConfiguration : IEntityTypeConfiguration<Verification>
{
    public void Configure(EntityTypeBuilder<Verification> builder)
    {
        builder.ToTable("Verifications");
        builder.HasOne(v => v.Resource).WithMany().HasForeignKey(v => v.ResourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.ResourceId, v.CheckedOn });
        builder.Property(v => v.Method).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Role).HasMaxLength(FieldLimits.Role);
        builder.Property(v => v.CheckedBy).HasMaxLength(FieldLimits.Email);
        builder.Property(v => v.Note).HasMaxLength(FieldLimits.Note);
    }
}
