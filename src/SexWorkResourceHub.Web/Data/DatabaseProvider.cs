using System.ComponentModel;
using System.Globalization;

namespace SexWorkResourceHub.Web.Data;

/// <summary>Which database server holds the store (Database:Provider).</summary>
[TypeConverter(typeof(DatabaseProviderConverter))]
public enum DatabaseProvider
{
    /// <summary>One file beside the site: the default, for a single instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (Npgsql), which several instances of the site can share.</summary>
    Postgres,
}

/// <summary>Reads Database:Provider by name in any letter case, and says which names there are when it cannot.</summary>
internal sealed class DatabaseProviderConverter() : EnumConverter(typeof(DatabaseProvider))
{
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
    {
        if (value is string text && string.IsNullOrWhiteSpace(text))
        {
            return DatabaseProvider.Sqlite; // Set but empty, as an empty environment variable is: the default.
        }

        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            if (string.Equals(provider.ToString(), (value as string)?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return provider;
            }
        }

        throw new FormatException("Use Sqlite (the default) or Postgres.");
    }
}
