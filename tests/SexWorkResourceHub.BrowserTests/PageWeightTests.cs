using Microsoft.Playwright;

namespace SexWorkResourceHub.BrowserTests;

/// <summary>
/// What a reader on a slow, metered phone connection downloads for an article, as Chromium counts it
/// against the published site (compressed, fingerprinted assets).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageWeightTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/articles/technology-two-edges")]
    [InlineData("/articles/what-social-workers-can-do")]
    [InlineData("/")]
    public async Task A_first_visit_is_at_most_100_KB_in_at_most_10_requests_with_at_most_20_KB_of_script(string path)
    {
        await using var context = await fixture.NewContextAsync(width: 375, height: 800);
        var finished = new List<IRequest>();
        context.RequestFinished += (_, request) =>
        {
            lock (finished)
            {
                finished.Add(request);
            }
        };
        var page = await context.NewPageAsync();
        await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        long transferred = 0, script = 0;
        foreach (var request in finished)
        {
            var sizes = await request.SizesAsync();
            transferred += sizes.ResponseHeadersSize + sizes.ResponseBodySize;
            if (request.ResourceType == "script")
            {
                script += (await (await request.ResponseAsync())!.BodyAsync()).Length;
            }
        }

        Assert.InRange(finished.Count, 1, 10);
        Assert.True(transferred <= 100 * 1024, $"{path} transferred {transferred:N0} bytes in {finished.Count} requests");
        Assert.True(script <= 20 * 1024, $"{path} loads {script:N0} bytes of JavaScript");
    }

    [Fact]
    public async Task Stylesheet_script_and_icon_are_fingerprinted_compressed_and_kept_for_a_year()
    {
        await using var context = await fixture.NewContextAsync();
        var assets = new List<IResponse>();
        context.Response += (_, response) =>
        {
            if (response.Request.ResourceType is "stylesheet" or "script" or "image")
            {
                lock (assets)
                {
                    assets.Add(response);
                }
            }
        };
        var page = await context.NewPageAsync();
        await page.GotoAsync("/articles/fosta-sesta-explained", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Contains(assets, a => a.Request.ResourceType == "stylesheet");
        Assert.Contains(assets, a => a.Request.ResourceType == "script");
        foreach (var asset in assets)
        {
            var headers = await asset.AllHeadersAsync();
            Assert.Matches(@"/[a-z-]+\.[a-z0-9]{8,}\.(css|js|svg|png)$", new Uri(asset.Url).AbsolutePath);
            Assert.Contains("immutable", headers["cache-control"]);
            Assert.Contains("max-age=31536000", headers["cache-control"]);
            if (asset.Request.ResourceType is "stylesheet" or "script")
            {
                Assert.True(headers.TryGetValue("content-encoding", out var encoding) && encoding is "br" or "gzip", $"{asset.Url} is not compressed");
            }
        }
    }
}
