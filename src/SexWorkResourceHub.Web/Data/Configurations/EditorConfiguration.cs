using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Data.Configurations;

internal sealed class EditorConfiguration : IEntityTypeConfiguration<Editor>
{
    public void Configure(EntityTypeBuilder<Editor> builder)
    {
        builder.ToTable("Editors");
        builder.HasIndex(e => e.Email).IsUnique();
        builder.Property(e => e.Email).HasMaxLength(FieldLimits.Email);
        builder.Property(e => e.PasswordHash).HasMaxLength(200);
        builder.Property(e => e.Role).HasMaxLength(FieldLimits.Role);
        builder.Property(e => e.TimeZone).HasMaxLength(FieldLimits.TimeZone);
    }
}
