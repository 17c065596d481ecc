using System.Net;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Pages;

public sealed class DevelopmentPreviewTests : IDisposable
{
    private readonly HubFactory _factory = new("Development");

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("draft-notes", "this is a draft")]
    [InlineData("future-piece", "it will be published on January 1, 2099")]
    public async Task Draft_and_future_articles_show_in_development_marked_as_not_public(string slug, string banner)
    {
        var client = _factory.CreateClient();

        var response = await client.GetAsync($"/articles/{slug}");
        var document = await Html.ParseAsync(response);
        var list = await client.GetStringAsync("/articles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(banner, document.QuerySelector(".draft-banner")!.TextContent);
        Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Contains($"/articles/{slug}", list);
    }
}
