using System.Text;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Feeds;

/// <summary>/robots.txt as crawlers read it: the same answer under first-match and longest-match rules.</summary>
public sealed class RobotsTxtTests : IDisposable
{
    private readonly HubFactory _factory = new("Production");

    public void Dispose() => _factory.Dispose();

    private async Task<string> RobotsTxtAsync()
    {
        var response = await _factory.CreateClient().GetAsync("/robots.txt");
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        // RFC 9309: the file is UTF-8, whatever the header says.
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/editor", false)]
    [InlineData("/editor/login", false)]
    [InlineData("/editor/events/1", false)]
    [InlineData("/suggest/correction?about=%2F", false)]
    [InlineData("/suggest/resource", true)]
    [InlineData("/", true)]
    [InlineData("/articles/x", true)]
    [InlineData("/events.ics", true)]
    [InlineData("/robots.txt", true)]
    public async Task First_match_and_longest_match_crawlers_agree_on_what_is_allowed(string path, bool allowed)
    {
        var rules = new RobotsRules(await RobotsTxtAsync());

        foreach (var agent in new[] { "Googlebot", "Python-urllib", "AnyBot" })
        {
            Assert.Equal(allowed, rules.FirstMatch(agent, path));
            Assert.Equal(allowed, rules.LongestMatch(agent, path));
        }
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemap_by_its_absolute_address()
    {
        var lines = (await RobotsTxtAsync()).Split('\n');

        Assert.Contains("Sitemap: https://hub.example/sitemap.xml", lines);
    }

    [Fact]
    public void The_readers_tell_the_two_rule_orders_apart()
    {
        // The file this site served before: first-match readers let /editor through.
        var allowFirst = new RobotsRules("User-agent: *\nAllow: /\nDisallow: /editor\n");

        Assert.True(allowFirst.FirstMatch("AnyBot", "/editor"));
        Assert.False(allowFirst.LongestMatch("AnyBot", "/editor"));
    }

    [Theory]
    [InlineData("/private", "/private/x", false)]
    [InlineData("/*.ics$", "/events.ics", false)]
    [InlineData("/*.ics$", "/events.ics?x", true)]
    [InlineData("/a$", "/ab", true)]
    [InlineData("/a$", "/a", false)]
    [InlineData("/*/login", "/editor/login", false)]
    public void The_longest_match_reader_knows_rfc_9309_wildcards(string disallow, string path, bool allowed) =>
        Assert.Equal(allowed, new RobotsRules($"User-agent: *\nDisallow: {disallow}\n").LongestMatch("AnyBot", path));

    [Fact]
    public void A_group_naming_the_agent_wins_over_the_star_group_and_allow_wins_a_tie()
    {
        var rules = new RobotsRules("User-agent: *\nDisallow: /\n\nUser-agent: goodbot\nDisallow: /x\nAllow: /x\n");

        Assert.False(rules.LongestMatch("OtherBot", "/page"));
        Assert.True(rules.LongestMatch("GoodBot", "/page"));
        Assert.True(rules.LongestMatch("GoodBot", "/x"));
        Assert.False(rules.FirstMatch("GoodBot", "/x"));
    }
}
