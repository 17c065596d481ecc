using System.Net;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.BrowserTests;

/// <summary>
/// The first start of a release on PostgreSQL: the published app (content beside it, as in the image) on a
/// new, empty database of its own, which it migrates and seeds. test.sh runs these in its PostgreSQL pass;
/// without HUB_TEST_POSTGRES they are skipped.
/// </summary>
public sealed class PublishedSiteOnPostgresTests(PublishedSiteOnPostgresTests.Deployed deployed) : IClassFixture<PublishedSiteOnPostgresTests.Deployed>
{
    [PostgresFact]
    public async Task The_published_site_on_a_new_PostgreSQL_database_becomes_ready()
    {
        await AssertServesAsync("/readyz", "Healthy");
    }

    [PostgresFact]
    public async Task The_published_site_on_PostgreSQL_lists_the_seeded_resources_and_events()
    {
        await AssertServesAsync("/resources", "National Human Trafficking Hotline");
        await AssertServesAsync("/events", "MacroSW");
    }

    [PostgresFact]
    public async Task Search_on_PostgreSQL_finds_a_seeded_resource()
    {
        await AssertServesAsync("/search?q=hotline", "National Human Trafficking Hotline");
    }

    [PostgresFact]
    public async Task Backup_on_PostgreSQL_points_the_operator_to_pg_dump_and_writes_no_file()
    {
        var target = Path.Combine(Path.GetTempPath(), $"swrh-never-{Guid.NewGuid():N}.db");

        var result = await deployed.Site!.RunCommandAsync("", "backup", target);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pg_dump", result.Errors, StringComparison.Ordinal);
        Assert.False(File.Exists(target), "backup wrote a file although the store is on PostgreSQL.");
    }

    private async Task AssertServesAsync(string path, string text)
    {
        using var client = deployed.Site!.CreateHttpClient();
        using var response = await client.GetAsync(path);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}.");
        Assert.Contains(text, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>One site for the class on a PostgreSQL database made for it, dropped afterwards.</summary>
    public sealed class Deployed : IAsyncLifetime
    {
        private readonly string _database = TestPostgres.Enabled ? TestPostgres.CreateDatabase() : string.Empty;

        public SiteServer? Site { get; private set; }

        public async Task InitializeAsync()
        {
            if (_database.Length == 0)
            {
                return;
            }

            Site = new SiteServer(new Dictionary<string, string>
            {
                ["Database__Provider"] = "Postgres",
                ["ConnectionStrings__Hub"] = _database,
            }, addEditor: false, contentBesideApp: true);
            await Site.InitializeAsync();
        }

        public async Task DisposeAsync()
        {
            if (Site is not null)
            {
                await Site.DisposeAsync();
            }

            if (_database.Length > 0)
            {
                TestPostgres.DropDatabase(_database);
            }
        }
    }
}
