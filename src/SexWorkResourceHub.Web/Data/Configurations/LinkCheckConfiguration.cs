using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Data.Configurations;

internal sealed class LinkCheckConfiguration : IEntityTypeConfiguration<LinkCheck>
{
    public void Configure(EntityTypeBuilder<LinkCheck> builder)
    {
        builder.ToTable("LinkChecks");
        builder.HasIndex(l => l.Url).IsUnique();
        builder.Property(l => l.Url).HasMaxLength(FieldLimits.Url);
        builder.Property(l => l.RedirectTo).HasMaxLength(FieldLimits.Url);
        builder.Property(l => l.Error).HasMaxLength(FieldLimits.Note);
        builder.Property(l => l.Outcome).HasConversion<string>().HasMaxLength(20);
    }
}
