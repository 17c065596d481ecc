using SexWorkResourceHub.Web.Data;

namespace SexWorkResourceHub.Tests.Support;

/// <summary>An empty store of its own for one test, on either provider, removed afterwards.</summary>
public interface ITempStore : IDisposable
{
    HubDbContext CreateContext();

    /// <summary>The schema as the database describes it, one line per table, column, index or constraint, in a fixed order.</summary>
    List<string> Schema();
}
