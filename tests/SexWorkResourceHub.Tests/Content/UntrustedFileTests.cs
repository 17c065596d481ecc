using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Content;

/// <summary>
/// The catalog reads only ordinary files inside the content folder, no larger than the limit, and
/// publishes a changed file only once it has stopped changing. Everything refused is a problem that
/// names the file.
/// </summary>
public sealed class UntrustedFileTests : IDisposable
{
    private const string Article = "---\ntitle: \"{0}\"\nsummary: \"A test article.\"\npublished: 2024-01-01\n---\n\n{1}\n";

    private readonly HubFactory _factory = new("Production");

    public void Dispose() => _factory.Dispose();

    private static string ArticleText(string title, string body = "Body text.") => string.Format(System.Globalization.CultureInfo.InvariantCulture, Article, title, body);

    private CatalogSnapshot Load(CatalogSnapshot? previous = null) =>
        _factory.Services.GetRequiredService<CatalogLoader>().Load(_factory.ContentPath, previous);

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", path) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Fact]
    public async Task A_named_pipe_is_refused_without_blocking_the_catalog()
    {
        MakeFifo(_factory.ArticlePath("pipe"));
        var client = _factory.CreateClient();

        var loaded = await _factory.LoadedCatalogAsync();

        Assert.Contains(loaded.Problems, p => p.File.EndsWith("pipe.md", StringComparison.Ordinal) && p.Message.Contains("not an ordinary file", StringComparison.Ordinal));
        Assert.True(await Html.EventuallyAsync(async () => (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/consent-basics")).StatusCode);
    }

    [Fact]
    public async Task A_named_pipe_as_a_seed_file_does_not_hold_up_the_first_start()
    {
        var seed = Path.Combine(_factory.ContentPath, "data", "resources.yaml");
        File.Delete(seed);
        MakeFifo(seed);
        var client = _factory.CreateClient();

        Assert.True(await Html.EventuallyAsync(async () => (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/events")).StatusCode);
    }

    [Fact]
    public void A_link_to_a_device_is_refused_without_reading_it()
    {
        File.CreateSymbolicLink(_factory.ArticlePath("zero"), "/dev/zero");

        var snapshot = Load();

        Assert.Contains(snapshot.Problems, p => p.File.EndsWith("zero.md", StringComparison.Ordinal) && p.Fatal);
        Assert.False(snapshot.Articles.ContainsKey("zero"));
    }

    [Fact]
    public async Task A_link_to_a_file_outside_the_content_folder_is_refused_and_not_published()
    {
        var outside = Path.Combine(_factory.Root, "outside.md");
        await File.WriteAllTextAsync(outside, ArticleText("Smuggled in"));
        File.CreateSymbolicLink(_factory.ArticlePath("smuggled"), outside);

        var snapshot = Load();

        var problem = Assert.Single(snapshot.Problems, p => p.File.EndsWith("smuggled.md", StringComparison.Ordinal));
        Assert.Contains("outside the content folder", problem.Message);
        Assert.False(snapshot.Articles.ContainsKey("smuggled"));
    }

    [Fact]
    public async Task A_link_inside_the_content_folder_is_read_and_edits_to_its_target_are_seen()
    {
        var shared = Path.Combine(_factory.ContentPath, "shared");
        Directory.CreateDirectory(shared);
        var target = Path.Combine(shared, "real.md");
        await File.WriteAllTextAsync(target, ArticleText("First title"));
        File.CreateSymbolicLink(_factory.ArticlePath("linked"), target);
        var first = Load();
        Assert.Equal("First title", first.Articles["linked"].Title);

        await File.WriteAllTextAsync(target, ArticleText("Second title, a little longer"));
        var held = Load(first);
        var settled = Load(held);

        Assert.Equal("First title", held.Articles["linked"].Title);
        Assert.Equal("Second title, a little longer", settled.Articles["linked"].Title);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_its_size()
    {
        await File.WriteAllTextAsync(_factory.ArticlePath("huge"), ArticleText("Huge", new string('x', 2 * 1024 * 1024)));

        var snapshot = Load();

        var problem = Assert.Single(snapshot.Problems, p => p.File.EndsWith("huge.md", StringComparison.Ordinal));
        Assert.Contains("the file is 2 MB long; the limit is 1 MB (Content:MaxFileBytes)", problem.Message);
        Assert.False(snapshot.Articles.ContainsKey("huge"));
    }

    [Fact]
    public async Task The_size_limit_is_a_setting()
    {
        using var factory = new HubFactory("Production", new Dictionary<string, string?> { ["Content:MaxFileBytes"] = "4096" });
        await File.WriteAllTextAsync(factory.ArticlePath("medium"), ArticleText("Medium", new string('x', 8 * 1024)));

        var snapshot = factory.Services.GetRequiredService<CatalogLoader>().Load(factory.ContentPath);

        Assert.Contains(snapshot.Problems, p => p.File.EndsWith("medium.md", StringComparison.Ordinal) && p.Message.Contains("the limit is 4 KB", StringComparison.Ordinal));
        Assert.True(snapshot.Articles.ContainsKey("consent-basics"));
    }

    [Fact]
    public async Task A_half_written_file_is_not_served_until_it_has_stopped_changing()
    {
        var path = _factory.ArticlePath("in-progress");
        await File.WriteAllTextAsync(path, ArticleText("Complete first version"));
        var first = Load();

        // An editor's save rewrites the file in place and pauses half-way: the half still parses.
        await File.WriteAllTextAsync(path, ArticleText("Half"));
        var noticed = Load(first);
        Assert.Equal("Complete first version", noticed.Articles["in-progress"].Title);

        await File.WriteAllTextAsync(path, ArticleText("Complete second version", "The rest of the body."));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(1));
        var stillChanging = Load(noticed);
        Assert.Equal("Complete first version", stillChanging.Articles["in-progress"].Title);

        var settled = Load(stillChanging);
        Assert.Equal("Complete second version", settled.Articles["in-progress"].Title);
    }

    [Fact]
    public async Task The_running_site_publishes_an_edit_once_it_has_settled()
    {
        var client = _factory.CreateClient();
        await _factory.LoadedCatalogAsync();

        await File.WriteAllTextAsync(_factory.ArticlePath("law-explained"), ArticleText("Law, edited while running"));

        Assert.True(await Html.EventuallyAsync(async () =>
            (await client.GetStringAsync("/articles/law-explained")).Contains("Law, edited while running", StringComparison.Ordinal)));
    }
}
