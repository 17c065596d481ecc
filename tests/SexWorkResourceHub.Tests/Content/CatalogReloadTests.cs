using System.Net;
using System.Text.Json;
using SexWorkResourceHub.Web.Content;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Content;

/// <summary>Editors change files on disk; the running site follows without a restart.</summary>
public sealed class CatalogReloadTests : IDisposable
{
    private readonly HubFactory _factory = new("Production");

    public void Dispose() => _factory.Dispose();

    private const string NewArticle = """
        ---
        title: "A brand new explainer"
        summary: "Added while the site runs."
        published: 2024-05-01
        tags: [law]
        ---

        ## Fresh

        New words.
        """;

    [Fact]
    public async Task Adding_a_file_publishes_it_without_a_restart()
    {
        var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/articles/brand-new")).StatusCode);

        await File.WriteAllTextAsync(_factory.ArticlePath("brand-new"), NewArticle);

        Assert.True(await Html.EventuallyAsync(async () => (await client.GetAsync("/articles/brand-new")).StatusCode == HttpStatusCode.OK));
        Assert.Contains("A brand new explainer", await client.GetStringAsync("/articles"));
    }

    [Fact]
    public async Task Editing_a_file_changes_its_page_without_a_restart()
    {
        var client = _factory.CreateClient();
        var path = _factory.ArticlePath("law-explained");
        var text = await File.ReadAllTextAsync(path);
        // The site is serving the first version before the edit: an edit made while the first load
        // is still reading the folder is a different case (the file may be read half-written).
        Assert.DoesNotContain("as edited", await client.GetStringAsync("/articles/law-explained"), StringComparison.Ordinal);

        await File.WriteAllTextAsync(path, text.Replace("The statute has three elements", "The statute, as edited, has three elements", StringComparison.Ordinal));

        Assert.True(await Html.EventuallyAsync(async () => (await client.GetStringAsync("/articles/law-explained")).Contains("as edited", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Editing_a_files_title_and_tags_changes_its_link_preview_data_and_related_explainers()
    {
        // The JSON-LD and the related list are worked out once per parsed article and kept, so this
        // checks that an edit is not served from what was kept for the old version.
        var client = _factory.CreateClient();
        var before = await client.GetDocumentAsync("/articles/consent-basics");
        Assert.Equal("Consent basics for the fixture", Headline(before));
        Assert.Equal(["/articles/law-explained"], before.QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")));

        var path = _factory.ArticlePath("consent-basics");
        var text = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, text
            .Replace("title: \"Consent basics for the fixture\"", "title: \"Consent basics, retitled\"", StringComparison.Ordinal)
            .Replace("tags: [basics, law]", "tags: [basics]", StringComparison.Ordinal));

        Assert.True(await Html.EventuallyAsync(async () =>
            Headline(await client.GetDocumentAsync("/articles/consent-basics")) == "Consent basics, retitled"));
        var after = await client.GetDocumentAsync("/articles/consent-basics");
        Assert.Empty(after.QuerySelectorAll(".related a"));
        Assert.Equal("basics", JsonDocument.Parse(after.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.GetProperty("keywords").GetString());
    }

    private static string? Headline(AngleSharp.Dom.IDocument page) =>
        JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.GetProperty("headline").GetString();

    [Fact]
    public async Task Deleting_a_file_removes_its_page()
    {
        var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/law-explained")).StatusCode);

        File.Delete(_factory.ArticlePath("law-explained"));

        Assert.True(await Html.EventuallyAsync(async () => (await client.GetAsync("/articles/law-explained")).StatusCode == HttpStatusCode.NotFound));
        Assert.DoesNotContain("law-explained", await client.GetStringAsync("/articles"));
    }

    [Fact]
    public async Task Breaking_a_file_keeps_serving_its_last_good_version_and_lists_the_problem()
    {
        var client = _factory.CreateClient();
        var catalog = _factory.Services.GetRequiredService<ContentCatalog>();
        var version = (await _factory.LoadedCatalogAsync()).Version;

        await File.WriteAllTextAsync(_factory.ArticlePath("law-explained"), "---\ntitle: \"Broken\nsummary: oops\n---\nBody\n");

        Assert.True(await Html.EventuallyAsync(() => Task.FromResult(catalog.Current.Version > version)));
        var response = await client.GetAsync("/articles/law-explained");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The law, explained for the fixture", await response.Content.ReadAsStringAsync());
        var problem = Assert.Single(catalog.Current.Problems, p => p.File.EndsWith("law-explained.md", StringComparison.Ordinal));
        Assert.True(problem.Fatal);
        Assert.True(catalog.Current.Files[_factory.ArticlePath("law-explained")].ServesLastGoodVersion);
    }

    [Fact]
    public async Task A_broken_new_file_leaves_every_other_page_working()
    {
        var client = _factory.CreateClient();
        var catalog = _factory.Services.GetRequiredService<ContentCatalog>();
        var version = (await _factory.LoadedCatalogAsync()).Version;

        await File.WriteAllTextAsync(_factory.ArticlePath("broken"), "---\n: : :\n[[[\n---\n");

        Assert.True(await Html.EventuallyAsync(() => Task.FromResult(catalog.Current.Version > version)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/articles/broken")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/consent-basics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles")).StatusCode);
        Assert.Contains(catalog.Current.Problems, p => p.File.EndsWith("broken.md", StringComparison.Ordinal));
    }
}
