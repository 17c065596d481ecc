using SexWorkResourceHub.Web.Content;

namespace SexWorkResourceHub.Tests.Support;

/// <summary>The repository's own content/ folder, found the way the site finds it by default.</summary>
internal static class RepositoryContent
{
    public static string Folder { get; } =
        ContentOptionsSetup.FindDefaultFolder(AppContext.BaseDirectory) ?? throw new InvalidOperationException("content/ not found");
}
