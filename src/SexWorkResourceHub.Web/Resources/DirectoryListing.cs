using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Resources;

/// <summary>What the public directory lists.</summary>
public static class DirectoryListing
{
    /// <summary>
    /// The resources readers are shown. A closed one stays in the data, with its status, and in the
    /// editors' area, but leaves the directory, get-help and search.
    /// </summary>
    public static IQueryable<Resource> Listed(this IQueryable<Resource> resources) =>
        resources.Where(r => r.Status != ResourceStatus.Closed);
}
