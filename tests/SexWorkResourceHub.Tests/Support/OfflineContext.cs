using SexWorkResourceHub.Web.Data;

namespace SexWorkResourceHub.Tests.Support;

/// <summary>A provider's context for reading its model and migrations; it never opens its connection.</summary>
internal static class OfflineContext
{
    public static HubDbContext For(DatabaseProvider provider) => ProviderSelection.CreateContext(
        provider, provider == DatabaseProvider.Postgres ? "Host=localhost;Database=unused" : "Data Source=unused.db");
}
