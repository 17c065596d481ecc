using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Pages;

/// <summary>Copy-link buttons where readers share from, and what a printed page carries.</summary>
public sealed class SharingAndPrintTests : IDisposable
{
    private readonly HubFactory _factory = new("Production");

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Each_resource_has_a_copy_link_to_its_own_anchor_named_for_it()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/resources");

        var entries = page.QuerySelectorAll("article.resource").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, entry =>
        {
            var copy = entry.QuerySelector("a.copy-link[data-copy-link]")!;
            Assert.Equal("https://hub.example/resources#" + entry.Id, copy.GetAttribute("href"));
            Assert.Equal("Copy link to " + entry.QuerySelector("h3")!.TextContent.Trim(), copy.TextContent.Trim());
        });
    }

    [Fact]
    public async Task Get_help_has_a_copy_link_to_itself()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/get-help");

        Assert.Equal("https://hub.example/get-help", page.QuerySelector("a.copy-link[data-copy-link]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Every_section_heading_of_a_page_has_a_link_that_copies_its_address()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/articles/law-explained");

        var anchors = page.QuerySelectorAll("main h2 a.heading-anchor").ToList();
        Assert.NotEmpty(anchors);
        Assert.All(anchors, a =>
        {
            Assert.True(a.HasAttribute("data-copy-link"));
            Assert.Equal("#" + a.ParentElement!.Id, a.GetAttribute("href"));
        });
    }

    [Theory]
    [InlineData("/articles/law-explained", "https://hub.example/articles/law-explained")]
    [InlineData("/resources?kind=hotline", "https://hub.example/resources?kind=hotline")]
    public async Task A_printed_page_names_the_site_and_its_full_address(string path, string address)
    {
        var page = await _factory.CreateClient().GetDocumentAsync(path);

        var masthead = page.QuerySelector(".print-masthead")!;
        Assert.Equal("SexWorkResourceHub", masthead.QuerySelector("strong")!.TextContent);
        Assert.Equal(address, masthead.QuerySelector(".print-address")!.TextContent);
    }

    [Fact]
    public async Task Links_inside_an_article_carry_their_full_address_for_print()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/articles/consent-basics");

        var internalLinks = page.QuerySelectorAll(".prose a[href^='/']").ToList();
        Assert.NotEmpty(internalLinks);
        Assert.All(internalLinks, a => Assert.Equal("https://hub.example" + a.GetAttribute("href"), a.GetAttribute("data-print-href")));
    }
}
