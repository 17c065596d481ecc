using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Data.Configurations;

internal static class RecordVersionConfiguration
{
    /// <summary>
    /// Maps <see cref="IEditableRecord.Version"/>: an ordinary integer column that EF Core compares in the
    /// WHERE clause of every UPDATE, raised by <see cref="RecordVersionInterceptor"/>.
    /// </summary>
    /// <remarks>
    /// One mechanism on both providers. PostgreSQL's xmin system column has no SQLite counterpart, and
    /// SQLite has no rowversion type; a counter kept by the site works the same on both, survives a
    /// backup, an export and a move between providers, and is a number an editor's form can carry. The
    /// default is 0 because SQLite can only add a NOT NULL column with one: existing rows start at 0.
    /// </remarks>
    public static PropertyBuilder<int> IsRecordVersion(this PropertyBuilder<int> property) =>
        property.IsConcurrencyToken().HasDefaultValue(0);
}
