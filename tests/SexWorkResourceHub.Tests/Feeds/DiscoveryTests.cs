using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Feeds;

public sealed class DiscoveryTests : IDisposable
{
    private readonly HubFactory _factory = new("Production", new Dictionary<string, string?> { ["Site:RepositoryUrl"] = "https://git.example.org/hub/blob/main" })
    {
        ConfigureTestServices = services => services.AddSingleton<TimeProvider>(FixedTimeProvider.At("2026-11-22T12:00:00Z")),
    };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_article_page_has_description_canonical_previews_and_article_json_ld()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/articles/law-explained");

        string? Meta(string selector) => page.QuerySelector(selector)?.GetAttribute("content");
        Assert.StartsWith("A second fixture article that shares the law tag", Meta("meta[name=description]"));
        Assert.Equal("https://hub.example/articles/law-explained", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("The law, explained for the fixture", Meta("meta[property='og:title']"));
        Assert.Equal("article", Meta("meta[property='og:type']"));
        Assert.Equal("https://hub.example/articles/law-explained", Meta("meta[property='og:url']"));
        Assert.Equal("https://hub.example/img/og-default.png", Meta("meta[property='og:image']"));
        Assert.Equal("2024-02-01", Meta("meta[property='article:published_time']"));
        Assert.Equal("summary_large_image", Meta("meta[name='twitter:card']"));
        Assert.Equal("The law, explained for the fixture", Meta("meta[name='twitter:title']"));
        Assert.Equal("/feed.xml", page.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));

        var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Article", json.GetProperty("@type").GetString());
        Assert.Equal("The law, explained for the fixture", json.GetProperty("headline").GetString());
        Assert.Equal("2024-02-01", json.GetProperty("datePublished").GetString());
        Assert.Equal("2024-02-01", json.GetProperty("dateModified").GetString());
        Assert.Equal("https://hub.example/articles/law-explained", json.GetProperty("url").GetString());
    }

    [Fact]
    public async Task An_event_page_has_event_json_ld_with_its_local_start_time_and_status()
    {
        var client = _factory.CreateClient();
        var chat = await client.GetDocumentAsync("/events/series-chat-one");
        var cancelled = await client.GetDocumentAsync("/events/cancelled-meetup");

        var json = JsonDocument.Parse(chat.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Event", json.GetProperty("@type").GetString());
        Assert.Equal("Series chat one", json.GetProperty("name").GetString());
        Assert.Equal("2019-04-25T21:00:00-04:00", json.GetProperty("startDate").GetString());
        Assert.Equal("https://schema.org/OnlineEventAttendanceMode", json.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("VirtualLocation", json.GetProperty("location").GetProperty("@type").GetString());
        Assert.Equal("https://schema.org/EventScheduled", json.GetProperty("eventStatus").GetString());
        Assert.Equal("Test organiser", json.GetProperty("organizer").GetProperty("name").GetString());
        Assert.StartsWith("Thursday, April 25, 2019", chat.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        var status = JsonDocument.Parse(cancelled.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.GetProperty("eventStatus").GetString();
        Assert.Equal("https://schema.org/EventCancelled", status);
    }

    [Fact]
    public async Task The_home_page_describes_the_organization()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/");

        var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Organization", json.GetProperty("@type").GetString());
        Assert.Equal("https://hub.example/", json.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Structured_data_cannot_close_its_script_element()
    {
        await File.WriteAllTextAsync(_factory.ArticlePath("tricky"), """
            ---
            title: "Ends with </script><script>alert(1)</script>"
            summary: "A summary with </script> inside."
            published: 2024-01-01
            ---

            Body.
            """);

        var page = await _factory.CreateClient().GetDocumentAsync("/articles/tricky");

        var scripts = page.QuerySelectorAll("script").Select(s => s.GetAttribute("type") ?? s.GetAttribute("src")).ToList();
        Assert.DoesNotContain(scripts, s => s is null);
        Assert.Equal("Ends with </script><script>alert(1)</script>",
            JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public async Task Headings_carry_anchor_links_and_the_page_has_a_copy_link_and_an_edit_link()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/articles/consent-basics");

        var anchor = page.QuerySelector("h2#what-consent-means a.heading-anchor")!;
        Assert.Equal("#what-consent-means", anchor.GetAttribute("href"));
        Assert.Equal("Copy link to this section", anchor.GetAttribute("aria-label"));
        Assert.Equal("What consent means", page.QuerySelector("nav.toc a")!.TextContent);
        Assert.Equal("https://hub.example/articles/consent-basics", page.QuerySelector("a.copy-link")!.GetAttribute("href"));
        Assert.Equal("https://git.example.org/hub/blob/main/content/articles/consent-basics.md", page.QuerySelector(".edit-page a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Without_a_repository_address_there_is_no_edit_link()
    {
        using var factory = new HubFactory("Production");

        var page = await factory.CreateClient().GetDocumentAsync("/articles/consent-basics");

        Assert.Null(page.QuerySelector(".edit-page"));
    }

    [Fact]
    public async Task The_stylesheet_writes_out_link_addresses_when_printed()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/articles/consent-basics");
        var css = await _factory.CreateClient().GetStringAsync(page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));

        Assert.Contains("@media print", css);
        Assert.Contains("content: \" (\" attr(href) \")\"", css);
        Assert.Equal("https://www.law.cornell.edu/uscode/text/22/7102", page.QuerySelector(".sources .print-url")!.TextContent);
    }
}
