using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Data.Configurations;

internal sealed class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> builder)
    {
        builder.ToTable("Resources");
        builder.HasIndex(r => r.Slug).IsUnique();
        builder.Property(r => r.Slug).HasMaxLength(FieldLimits.Slug);
        builder.Property(r => r.Name).HasMaxLength(FieldLimits.Name);
        builder.Property(r => r.Url).HasMaxLength(FieldLimits.Url);
        builder.Property(r => r.Description).HasMaxLength(FieldLimits.Description);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Areas).AsJson();
        builder.Ignore(r => r.Scope);
        builder.Property(r => r.SexWorkerLed).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.Phone).HasMaxLength(FieldLimits.Phone);
        builder.Property(r => r.TextNumber).HasMaxLength(FieldLimits.Phone);
        builder.Property(r => r.Tty).HasMaxLength(FieldLimits.Phone);
        builder.Property(r => r.Hours).HasMaxLength(FieldLimits.Hours);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Alert).HasMaxLength(FieldLimits.Alert);
        builder.Property(r => r.Confidentiality).HasMaxLength(FieldLimits.Confidentiality);
        builder.Property(r => r.ConfidentialitySource).HasMaxLength(FieldLimits.Url);
        builder.Property(r => r.Fees).HasMaxLength(FieldLimits.Fees);
        builder.Property(r => r.Interpretation).HasMaxLength(FieldLimits.Interpretation);
        builder.Property(r => r.FirstContact).HasMaxLength(FieldLimits.FirstContact);
        builder.Property(r => r.Schedule).AsJson();
        builder.Property(r => r.Translations).AsJson();
        builder.Ignore(r => r.PublicSexWorkerLed);
        builder.Property(r => r.Version).IsRecordVersion();
    }
}
