using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Data.Configurations;

internal sealed class EditorSessionConfiguration : IEntityTypeConfiguration<EditorSession>
{
    public void Configure(EntityTypeBuilder<EditorSession> builder)
    {
        builder.ToTable("EditorSessions");
        builder.Property(s => s.Id).HasMaxLength(64);
        builder.HasIndex(s => s.EditorId);
        builder.HasOne<Editor>().WithMany().HasForeignKey(s => s.EditorId).OnDelete(DeleteBehavior.Cascade);
    }
}
