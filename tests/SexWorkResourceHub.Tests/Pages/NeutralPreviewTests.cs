using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Pages;

/// <summary>What a chat app's link preview is told: the page's own title, or a neutral one where the topic should not show.</summary>
public sealed class NeutralPreviewTests : IDisposable
{
    private readonly HubFactory _factory = new("Production");

    public void Dispose() => _factory.Dispose();

    private static async Task<Dictionary<string, string?>> PreviewAsync(HttpClient client, string path)
    {
        var document = await client.GetDocumentAsync(path);
        return document.QuerySelectorAll("meta[property^='og:'], meta[name^='twitter:']")
            .GroupBy(m => m.GetAttribute("property") ?? m.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.First().GetAttribute("content"));
    }

    [Theory]
    [InlineData("/get-help")]
    [InlineData("/articles/consent-basics")]
    public async Task A_page_whose_topic_should_not_show_previews_neutrally(string path)
    {
        var preview = await PreviewAsync(_factory.CreateClient(), path);

        Assert.Equal(("A shared link", "Open the link to read it."), (preview["og:title"], preview["og:description"]));
        Assert.Equal(("A shared link", "summary"), (preview["twitter:title"], preview["twitter:card"]));
        Assert.False(preview.ContainsKey("og:image"));
        Assert.False(preview.ContainsKey("og:site_name"));
    }

    [Fact]
    public async Task Other_pages_preview_with_their_own_title_and_image()
    {
        var preview = await PreviewAsync(_factory.CreateClient(), "/articles/law-explained");

        Assert.Equal("The law, explained for the fixture", preview["og:title"]);
        Assert.True(preview.ContainsKey("og:image"));
    }

    [Fact]
    public async Task A_page_with_neutral_preview_in_its_front_matter_previews_neutrally()
    {
        using var factory = new HubFactory("Production");
        var about = Path.Combine(factory.ContentPath, "pages", "about.md");
        var text = await File.ReadAllTextAsync(about);
        await File.WriteAllTextAsync(about, text.Insert("---\n".Length, "neutral_preview: true\n"));

        Assert.Equal("A shared link", (await PreviewAsync(factory.CreateClient(), "/about"))["og:title"]);
    }

    [Fact]
    public async Task The_whole_site_previews_neutrally_when_the_operator_asks()
    {
        using var factory = new HubFactory("Production", new Dictionary<string, string?> { ["Sharing:NeutralPreviews"] = "true" });

        var preview = await PreviewAsync(factory.CreateClient(), "/articles/law-explained");

        Assert.Equal("A shared link", preview["og:title"]);
        Assert.False(preview.ContainsKey("og:image"));
    }
}
