using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Data.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.ToTable("Events");
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.HasIndex(e => e.Start);
        builder.Property(e => e.Slug).HasMaxLength(FieldLimits.Slug);
        builder.Property(e => e.Title).HasMaxLength(FieldLimits.Name);
        builder.Property(e => e.Description).HasMaxLength(FieldLimits.EventDescription);
        builder.Property(e => e.TimeZone).HasMaxLength(FieldLimits.TimeZone);
        builder.Property(e => e.Participation).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Place).HasMaxLength(FieldLimits.Place);
        builder.Property(e => e.HowToJoin).HasMaxLength(FieldLimits.Description);
        builder.Property(e => e.Organiser).HasMaxLength(FieldLimits.Name);
        builder.Property(e => e.Url).HasMaxLength(FieldLimits.Url);
        builder.Property(e => e.Series).HasMaxLength(FieldLimits.Name);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Translations).AsJson();
        builder.Property(e => e.Version).IsRecordVersion();
    }
}
