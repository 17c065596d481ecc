using SexWorkResourceHub.BrowserTests;

namespace SexWorkResourceHub.HostileTests;

/// <summary>
/// The published site on a copy of the repository's content, so the tests can write hostile files
/// into it, with limits raised where the corpus would otherwise only measure the rate limiter.
/// </summary>
public sealed class HostileSite : IAsyncLifetime
{
    /// <summary>Resident memory the site must stay under through the whole corpus (it starts near 200 MB).</summary>
    public const long MemoryBoundBytes = 400L * 1024 * 1024;

    private readonly string _content = Path.Combine(Path.GetTempPath(), "swrh-hostile", Guid.NewGuid().ToString("N"));

    public HostileSite()
    {
        Server = new SiteServer(new Dictionary<string, string>
        {
            ["Content__Path"] = _content,
            ["RateLimits__SignInPermits"] = "100000",
        }, addEditor: false);
    }

    public SiteServer Server { get; }

    public string ContentPath => _content;

    public async Task InitializeAsync()
    {
        SiteServer.CopyFolder(SiteServer.RepositoryContent, _content);
        await Server.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(_content, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The site process's resident memory, from /proc.</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{Server.ProcessId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>Healthy, ready and under the memory bound: what every test checks after its corpus.</summary>
    public async Task AssertStillWellAsync()
    {
        using var client = Server.CreateHttpClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/articles/sex-work-is-not-trafficking")).StatusCode);
        Assert.InRange(ResidentBytes(), 0, MemoryBoundBytes);
    }
}

[CollectionDefinition(Name)]
public sealed class HostileSiteCollection : ICollectionFixture<HostileSite>
{
    public const string Name = "hostile site";
}
