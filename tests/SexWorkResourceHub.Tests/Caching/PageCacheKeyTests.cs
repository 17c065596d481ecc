using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Caching;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Caching;

/// <summary>
/// What a stored page is kept under: its path and the query parameters the page reads, and nothing a
/// request can vary without changing the page, so cache-busting URLs neither fill the memory nor make
/// the site render again.
/// </summary>
public sealed class PageCacheKeyTests : IDisposable
{
    private readonly HubFactory _factory = new("Production");

    public void Dispose() => _factory.Dispose();

    private PageCache Cache => _factory.Services.GetRequiredService<PageCache>();

    /// <summary>
    /// Changes the database behind the site's back, so a page that still shows the old name was served
    /// from the cache, and one that shows the new name was rendered.
    /// </summary>
    private async Task RenameTheHotlineBehindTheSitesBackAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HubDbContext>().Database
            .ExecuteSqlAsync($"UPDATE \"Resources\" SET \"Name\" = {"Renamed Outside The Site"} WHERE \"Slug\" = {"test-hotline"}");
    }

    private static bool WasStored(string page) => !page.Contains("Renamed Outside The Site", StringComparison.Ordinal);

    [Fact]
    public async Task Random_query_parameters_on_an_article_are_served_from_one_stored_page()
    {
        var client = _factory.CreateClient();
        await client.GetStringAsync("/articles/consent-basics");

        for (var i = 0; i < 50; i++)
        {
            var response = await client.GetAsync($"/articles/consent-basics?x={Guid.NewGuid():N}&utm_source={i}");
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(1, Cache.Count);
    }

    [Fact]
    public async Task A_query_parameter_the_page_does_not_read_gets_the_page_stored_without_it()
    {
        var client = _factory.CreateClient();
        await client.GetStringAsync("/resources");
        await RenameTheHotlineBehindTheSitesBackAsync();

        Assert.True(WasStored(await client.GetStringAsync("/resources?utm_source=newsletter&fbclid=abc")));
    }

    [Fact]
    public async Task The_filters_a_page_reads_keep_their_own_entries_in_any_order_and_letter_case()
    {
        var client = _factory.CreateClient();
        await client.GetStringAsync("/resources?kind=hotline&language=en");
        await RenameTheHotlineBehindTheSitesBackAsync();

        Assert.True(WasStored(await client.GetStringAsync("/resources?language=en&kind=hotline&page=7")));
        Assert.True(WasStored(await client.GetStringAsync("/resources?KIND=hotline&Language=en")));
        Assert.False(WasStored(await client.GetStringAsync("/resources?kind=hotline")));
        Assert.False(WasStored(await client.GetStringAsync("/resources?kind=hotline&language=es")));
    }

    [Theory]
    [InlineData("kind=hotline")]
    [InlineData("region=national")]
    [InlineData("language=en")]
    [InlineData("led=no")]
    public async Task Every_filter_of_the_directory_is_part_of_its_key(string filter)
    {
        // Stored under the filter, the page is not what the unfiltered address gets.
        var client = _factory.CreateClient();
        await client.GetStringAsync("/resources?" + filter);
        await RenameTheHotlineBehindTheSitesBackAsync();

        Assert.False(WasStored(await client.GetStringAsync("/resources")));
    }

    [Fact]
    public async Task Text_typed_into_the_directory_search_is_kept_nowhere()
    {
        // Like search results: nothing of what a reader typed stays in the site's memory or a shared
        // cache, and random text cannot fill the page cache.
        var client = _factory.CreateClient();
        var first = await client.GetAsync("/resources?q=test");
        await RenameTheHotlineBehindTheSitesBackAsync();

        Assert.Equal("no-store", first.Headers.CacheControl?.ToString());
        Assert.False(first.Headers.Contains("CDN-Cache-Control"));
        Assert.False(WasStored(await client.GetStringAsync("/resources?q=test")));
        Assert.Equal(0, Cache.Count);
    }

    [Fact]
    public async Task A_repeated_filter_is_keyed_by_the_value_the_page_reads()
    {
        // The page binds the first of several values; a second one changes nothing on the page.
        var client = _factory.CreateClient();
        await client.GetStringAsync("/resources?kind=hotline");
        await RenameTheHotlineBehindTheSitesBackAsync();

        Assert.True(WasStored(await client.GetStringAsync($"/resources?kind=hotline&kind={Guid.NewGuid():N}")));
    }

    [Fact]
    public async Task The_same_path_in_other_letter_case_or_with_a_trailing_slash_is_the_same_page()
    {
        var client = _factory.CreateClient();
        await client.GetStringAsync("/resources");
        await RenameTheHotlineBehindTheSitesBackAsync();

        Assert.True(WasStored(await client.GetStringAsync("/RESOURCES")));
        Assert.True(WasStored(await client.GetStringAsync("/Resources/")));
    }
}
