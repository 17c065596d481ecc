using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Content;

namespace SexWorkResourceHub.Tests.Support;

/// <summary>
/// The site in-process, with its own copy of the fixture content and its own store, so no test sees
/// another's data: an SQLite file in a temporary folder, or, when HUB_TEST_POSTGRES names a PostgreSQL
/// server, a database of its own on it (created here). Either is deleted on dispose. A test that passes
/// ConnectionStrings:Hub itself uses that store and leaves it be.
/// </summary>
public class HubFactory : WebApplicationFactory<Program>
{
    private readonly string _environment;
    private readonly Dictionary<string, string?> _settings;
    private readonly string? _ownPostgresDatabase;

    /// <summary>
    /// With <c>sqlite: true</c>, SQLite whatever HUB_TEST_POSTGRES says, for behaviour that is SQLite's
    /// own: its backup command, its file, its keys/ folder.
    /// </summary>
    public HubFactory(string environment = "Production", IDictionary<string, string?>? settings = null, bool sqlite = false)
    {
        _environment = environment;
        Root = Path.Combine(Path.GetTempPath(), "swrh-tests", Guid.NewGuid().ToString("N"));
        ContentPath = Path.Combine(Root, "content");
        DataPath = Path.Combine(Root, "data");
        CopyFolder(Path.Combine(AppContext.BaseDirectory, "Fixtures", "content"), ContentPath);
        _settings = new Dictionary<string, string?>
        {
            ["Content:Path"] = ContentPath,
            ["Content:DebounceMilliseconds"] = "50",
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Hub"] = $"Data Source={Path.Combine(DataPath, "hub.db")}",
            ["Site:BaseUrl"] = "https://hub.example",
            // Test clients reach the site as https://localhost, not the base URL's host, which is all a
            // production site answers to by itself; an operator behind a second name lists it the same way.
            ["AllowedHosts"] = "localhost",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            // Static assets as the published site serves them. A build's manifest otherwise adds a GET and
            // HEAD fallback route on {**path:file}, which routing counts for every path: any other method on
            // a path with no page would answer 405 here and 404 in the published site.
            ["ReloadStaticAssetsAtRuntime"] = "false",
        };
        if (TestPostgres.Enabled && !sqlite && settings?.ContainsKey("ConnectionStrings:Hub") != true)
        {
            _ownPostgresDatabase = TestPostgres.CreateDatabase();
            _settings["Database:Provider"] = "Postgres";
            _settings["ConnectionStrings:Hub"] = _ownPostgresDatabase;
        }

        // Readers and editors reach the real site over https; cookies and forms depend on it.
        ClientOptions.BaseAddress = new Uri("https://localhost/");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string Root { get; }

    public string ContentPath { get; }

    /// <summary>The SQLite file's folder (unused when the store is on PostgreSQL).</summary>
    public string DataPath { get; }

    public bool OnPostgres => string.Equals(_settings["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>Settings that point another site at this one's store, as a second instance or a restart would.</summary>
    public Dictionary<string, string?> StoreSettings => new()
    {
        ["Database:Provider"] = _settings["Database:Provider"],
        ["ConnectionStrings:Hub"] = _settings["ConnectionStrings:Hub"],
    };

    /// <summary>Replaces services after the site's own registrations (for example a fixed TimeProvider).</summary>
    public Action<IServiceCollection>? ConfigureTestServices { get; init; }

    public string ArticlePath(string slug) => Path.Combine(ContentPath, "articles", slug + ".md");

    /// <summary>The catalog once its first load has finished (it loads in the background at start).</summary>
    public async Task<CatalogSnapshot> LoadedCatalogAsync()
    {
        var catalog = Services.GetRequiredService<ContentCatalog>();
        await catalog.Loaded.WaitAsync(TimeSpan.FromSeconds(30));
        return catalog.Current;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
        if (ConfigureTestServices is not null)
        {
            builder.ConfigureServices(ConfigureTestServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            if (_ownPostgresDatabase is not null)
            {
                TestPostgres.DropDatabase(_ownPostgresDatabase);
            }

            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow machine; the OS temp cleaner takes it.
            }
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
