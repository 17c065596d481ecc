using System.Runtime.CompilerServices;

namespace SexWorkResourceHub.Tests.Support;

internal static class TestEnvironment
{
    /// <summary>
    /// Hundreds of site hosts start and stop in this one test process. The framework's file providers
    /// (settings reload, the web root) each hold an inotify instance that
    /// outlives its host, and Linux allows 128 per user by default. So in tests settings are read once
    /// and file providers poll instead. The content folder's own watcher still uses inotify and is
    /// disposed with its host: that is behaviour under test.
    /// </summary>
    [ModuleInitializer]
    internal static void AvoidRunningOutOfFileWatchers()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
