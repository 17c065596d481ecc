using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Search;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Search;

/// <summary>
/// Results of common searches are kept until the index changes; nothing rarer is kept. The threshold is
/// lowered to two matching documents so the test content is "common".
/// </summary>
public sealed class CommonSearchCacheTests : IDisposable
{
    private readonly HubFactory _factory;

    public CommonSearchCacheTests()
    {
        _factory = new HubFactory("Production", new Dictionary<string, string?>
        {
            ["Search:CommonSearchMatches"] = "2",
            ["RateLimits:SearchPermits"] = "1000",
        });
        foreach (var (slug, title, extra) in new[] { ("wombat-one", "Wombats at dusk", "A burrow."), ("wombat-two", "Burrows and tunnels", "A wombat digs.") })
        {
            File.WriteAllText(_factory.ArticlePath(slug), $"""
                ---
                title: "{title}"
                summary: "An article about the animal."
                published: 2024-03-01
                ---

                The wombat is a marsupial. {extra}
                """);
        }
    }

    public void Dispose() => _factory.Dispose();

    private CommonSearchCache Kept => _factory.Services.GetRequiredService<CommonSearchCache>();

    [Fact]
    public async Task A_kept_common_search_follows_the_next_change_to_the_index()
    {
        var reader = _factory.CreateClient();
        Assert.Contains("2 results", await reader.GetStringAsync("/search?q=wombat"), StringComparison.Ordinal);
        Assert.Equal(1, Kept.Count);

        await File.WriteAllTextAsync(_factory.ArticlePath("wombat-two"), """
            ---
            title: "Burrows and tunnels"
            summary: "An article about digging."
            published: 2024-03-01
            ---

            Some animals dig.
            """);

        Assert.True(await Html.EventuallyAsync(async () => (await reader.GetStringAsync("/search?q=wombat")).Contains("1 result for", StringComparison.Ordinal)),
            "A search kept from before the change still showed the old results.");
    }

    [Fact]
    public async Task Rare_searches_and_editors_searches_are_never_kept()
    {
        var reader = _factory.CreateClient();
        Assert.Contains("1 result for", await reader.GetStringAsync("/search?q=dusk"), StringComparison.Ordinal);
        Assert.Contains("No results", await reader.GetStringAsync("/search?q=someone%27s+own+name"), StringComparison.Ordinal);
        Assert.Equal(0, Kept.Count);

        var editor = await _factory.SignedInEditorAsync();
        Assert.Contains("2 results", await editor.GetStringAsync("/search?q=wombat"), StringComparison.Ordinal);
        Assert.Equal(0, Kept.Count);
    }
}
