using System.ServiceModel.Syndication;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Feeds;

/// <summary>/feed.xml read back as a feed reader would: from its bytes, through SyndicationFeed.</summary>
public sealed class AtomFeedTests : IDisposable
{
    private readonly HubFactory _factory = new("Production")
    {
        ConfigureTestServices = services => services.AddSingleton<TimeProvider>(FixedTimeProvider.At("2026-11-22T12:00:00Z")),
    };

    public void Dispose() => _factory.Dispose();

    private async Task<byte[]> FeedBytesAsync()
    {
        var response = await _factory.CreateClient().GetAsync("/feed.xml");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task The_feed_is_utf8_declared_as_utf8_with_no_byte_order_mark() =>
        ServedXml.AssertUtf8(await FeedBytesAsync());

    [Fact]
    public async Task The_feed_loads_in_english_with_its_id_title_author_links_and_date()
    {
        using var reader = ServedXml.Reader(await FeedBytesAsync());
        var feed = SyndicationFeed.Load(reader);

        Assert.Equal("en", feed.Language);
        Assert.Equal("https://hub.example/", feed.Id);
        Assert.Equal("SexWorkResourceHub: explainers", feed.Title.Text);
        Assert.StartsWith("Plain-language explainers", feed.Description.Text);
        Assert.Equal("SexWorkResourceHub editors", Assert.Single(feed.Authors).Name);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);
        var self = Assert.Single(feed.Links, l => l.RelationshipType == "self");
        Assert.Equal(("https://hub.example/feed.xml", "application/atom+xml"), (self.Uri.AbsoluteUri, self.MediaType));
        var alternate = Assert.Single(feed.Links, l => l.RelationshipType == "alternate");
        Assert.Equal(("https://hub.example/articles", "text/html"), (alternate.Uri.AbsoluteUri, alternate.MediaType));
    }

    [Fact]
    public async Task The_feed_lists_every_published_article_newest_first_and_no_draft()
    {
        using var reader = ServedXml.Reader(await FeedBytesAsync());
        var items = SyndicationFeed.Load(reader).Items.ToList();

        Assert.Equal(["https://hub.example/articles/law-explained", "https://hub.example/articles/consent-basics"], items.Select(i => i.Id));
        var consent = items[1];
        Assert.Equal("Consent basics for the fixture", consent.Title.Text);
        Assert.Equal(new DateTimeOffset(2024, 1, 10, 0, 0, 0, TimeSpan.Zero), consent.PublishDate);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero), consent.LastUpdatedTime);
        Assert.Equal("text", consent.Summary.Type);
        Assert.StartsWith("A fixture article about consent", consent.Summary.Text);
        Assert.Equal(["basics", "law"], consent.Categories.Select(c => c.Name));
        var link = Assert.Single(consent.Links);
        Assert.Equal(("alternate", "text/html", "https://hub.example/articles/consent-basics"), (link.RelationshipType, link.MediaType, link.Uri.AbsoluteUri));
    }
}
