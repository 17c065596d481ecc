using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Caching;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Caching;

/// <summary>
/// Pages served from memory, compressed once, revalidated with ETags, and never stale after a change.
/// </summary>
public sealed class CachingTests : IDisposable
{
    private readonly HubFactory _factory = new("Production");

    public void Dispose() => _factory.Dispose();

    private async Task<int> ResourceIdAsync(string slug)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().Resources.Where(r => r.Slug == slug).Select(r => r.Id).SingleAsync();
    }

    /// <summary>Changes the database behind the site's back, as a second process or a manual fix would.</summary>
    private async Task RenameBehindTheSitesBackAsync(string slug, string name)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HubDbContext>().Database
            .ExecuteSqlAsync($"UPDATE \"Resources\" SET \"Name\" = {name} WHERE \"Slug\" = {slug}");
    }

    [Fact]
    public async Task A_signed_in_editor_never_gets_a_readers_stored_page_and_readers_never_get_the_editors()
    {
        var reader = _factory.Browser();
        Assert.DoesNotContain("/articles/draft-notes", await reader.GetStringAsync("/articles"), StringComparison.Ordinal);

        var editor = await _factory.SignedInEditorAsync();
        Assert.Contains("/articles/draft-notes", await editor.GetStringAsync("/articles"), StringComparison.Ordinal);

        Assert.DoesNotContain("/articles/draft-notes", await reader.GetStringAsync("/articles"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Related_explainers_worked_out_for_an_editor_never_show_a_reader_a_draft()
    {
        // The related list is kept per article; what was kept for an editor, who sees drafts, must not
        // be handed to the next reader.
        var editor = await _factory.SignedInEditorAsync();
        var editorsPage = await editor.GetDocumentAsync("/articles/consent-basics");
        Assert.Contains("/articles/draft-notes", editorsPage.QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")));

        var readersPage = await _factory.CreateClient().GetDocumentAsync("/articles/consent-basics");

        Assert.Equal(["/articles/law-explained"], readersPage.QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Pages_kept_while_the_catalog_first_loads_stay_kept_and_an_edit_drops_them()
    {
        // A reader's request that arrives during start-up takes its cache key, waits for the first
        // catalog load, and stores the page. The first load must not drop that page; a later edit must.
        var version = _factory.Services.GetRequiredService<PageCacheVersion>();
        await _factory.LoadedCatalogAsync();
        Assert.Equal(0, version.Current);

        var path = _factory.ArticlePath("law-explained");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)) + "\nOne more line.\n");

        Assert.True(await Html.EventuallyAsync(() => Task.FromResult(version.Current != 0)));
    }

    [Fact]
    public async Task A_stored_page_answers_HEAD_with_its_headers_and_no_body()
    {
        var client = _factory.CreateClient();
        var stored = await client.GetAsync("/articles/consent-basics");
        var length = (await stored.Content.ReadAsByteArrayAsync()).Length;

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/articles/consent-basics"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(stored.Headers.ETag, head.Headers.ETag);
        Assert.Equal(length, head.Content.Headers.ContentLength);
        Assert.Equal("text/html; charset=utf-8", head.Content.Headers.ContentType!.ToString());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_directory_is_served_from_memory_and_an_editors_change_shows_on_the_next_request()
    {
        var reader = _factory.CreateClient();
        Assert.Contains("Test Hotline", await reader.GetStringAsync("/resources"));

        await RenameBehindTheSitesBackAsync("test-hotline", "Renamed Outside The Site");
        var cached = await reader.GetStringAsync("/resources");

        var editor = await _factory.SignedInEditorAsync();
        var form = await editor.GetDocumentAsync($"/editor/resources/edit/{await ResourceIdAsync("test-hotline")}");
        await editor.SubmitAsync(form, "form.editor-form", new Dictionary<string, string> { ["Input.Name"] = "Test Hotline (new name)" });
        var after = await reader.GetStringAsync("/resources");

        Assert.Contains("Test Hotline", cached);
        Assert.DoesNotContain("Renamed Outside The Site", cached);
        Assert.Contains("Test Hotline (new name)", after);
    }

    [Fact]
    public async Task A_changed_article_file_is_served_once_the_catalog_is_rebuilt()
    {
        await _factory.LoadedCatalogAsync();
        var reader = _factory.CreateClient();
        Assert.DoesNotContain("A sentence added later", await reader.GetStringAsync("/articles/consent-basics"));

        await File.AppendAllTextAsync(_factory.ArticlePath("consent-basics"), "\n\nA sentence added later.\n");

        Assert.True(await Html.EventuallyAsync(async () => (await reader.GetStringAsync("/articles/consent-basics")).Contains("A sentence added later", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("/articles/consent-basics")]
    [InlineData("/resources")]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/events/series-chat-one.ics")]
    public async Task An_unchanged_response_answers_304_to_its_etag(string url)
    {
        var client = _factory.CreateClient();
        var first = await client.GetAsync(url);
        var etag = first.Headers.ETag;

        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag!);
        var revalidated = await client.SendAsync(again);
        var other = new HttpRequestMessage(HttpMethod.Get, url);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\"", isWeak: true));
        var mismatched = await client.SendAsync(other);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(etag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, revalidated.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, mismatched.StatusCode);
        Assert.NotEmpty(await mismatched.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_etag_changes_when_the_page_does()
    {
        var client = _factory.CreateClient();
        var before = (await client.GetAsync("/resources")).Headers.ETag!;

        var editor = await _factory.SignedInEditorAsync();
        var form = await editor.GetDocumentAsync($"/editor/resources/edit/{await ResourceIdAsync("city-legal-clinic")}");
        await editor.SubmitAsync(form, "form.editor-form", new Dictionary<string, string> { ["Input.Hours"] = "Mondays 10 to 2" });
        var request = new HttpRequestMessage(HttpMethod.Get, "/resources");
        request.Headers.IfNoneMatch.Add(before);
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(before, response.Headers.ETag);
        Assert.Contains("Mondays 10 to 2", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/articles/consent-basics", "no-cache")]
    [InlineData("/", "no-cache")]
    [InlineData("/events", "no-cache")]
    [InlineData("/feed.xml", "public, max-age=900")]
    [InlineData("/events.ics", "public, max-age=900")]
    [InlineData("/search?q=consent", "no-store")]
    [InlineData("/suggest/resource", "no-store")]
    [InlineData("/editor/login", "no-store")]
    public async Task Each_kind_of_response_says_how_long_it_may_be_kept(string url, string cacheControl)
    {
        var response = await _factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(cacheControl, response.Headers.CacheControl!.ToString());
    }

    /// <summary>The year-long immutable caching itself comes with the published build: see the browser tests.</summary>
    [Fact]
    public async Task The_stylesheet_and_script_have_fingerprinted_addresses()
    {
        var client = _factory.CreateClient();
        var home = await client.GetDocumentAsync("/");
        var assets = new[]
        {
            home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!,
            home.QuerySelector("script[src]")!.GetAttribute("src")!,
        };

        foreach (var asset in assets)
        {
            Assert.Matches(@"^/(css|js)/site\.[a-z0-9]{6,}\.(css|js)$", asset);
            var response = await client.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_are_compressed_for_clients_that_accept_it_and_read_the_same(string encoding)
    {
        var client = _factory.CreateClient();
        var plain = await client.GetStringAsync("/articles/consent-basics");

        // Twice: the first renders and stores, the second comes from the cache.
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/articles/consent-basics");
            request.Headers.AcceptEncoding.ParseAdd(encoding);
            var response = await client.SendAsync(request);
            var bytes = await response.Content.ReadAsByteArrayAsync();

            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
            Assert.True(bytes.Length < plain.Length / 2, $"{encoding} is {bytes.Length} bytes for {plain.Length} characters");
            Assert.Equal(plain, Decompress(bytes, encoding));
        }

        // A client that accepts nothing is never handed the compressed copy from the cache.
        var identity = await client.GetAsync("/articles/consent-basics");
        Assert.Empty(identity.Content.Headers.ContentEncoding);
        Assert.Equal(plain, await identity.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/suggest/resource")]
    [InlineData("/editor/login")]
    public async Task Pages_with_a_form_token_are_never_compressed_or_reused(string url)
    {
        // Compressing a secret beside text a visitor controls is what the BREACH attack reads.
        var client = _factory.CookielessBrowser();
        var tokens = new List<string>();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.ParseAdd("br, gzip");
            var response = await client.SendAsync(request);
            Assert.Empty(response.Content.Headers.ContentEncoding);
            Assert.True(response.Headers.Contains("Set-Cookie"));
            var page = await Html.ParseAsync(response);
            tokens.Add(page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!);
        }

        Assert.NotEqual(tokens[0], tokens[1]);
    }

    [Theory]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("br;q=0.5, gzip", "gzip")]
    [InlineData("br;q=0, gzip;q=0", "identity")]
    [InlineData("*", "br")]
    [InlineData("", "identity")]
    [InlineData("identity", "identity")]
    public void The_cache_key_follows_the_encoding_compression_will_choose(string acceptEncoding, string expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.AcceptEncoding = acceptEncoding;

        Assert.Equal(expected, PageCacheMiddleware.ChosenEncoding(context.Request));
    }

    private static string Decompress(byte[] bytes, string encoding)
    {
        using var input = new MemoryStream(bytes);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decoder);
        return reader.ReadToEnd();
    }
}
