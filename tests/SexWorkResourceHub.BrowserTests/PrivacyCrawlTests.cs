using Microsoft.Playwright;

namespace SexWorkResourceHub.BrowserTests;

/// <summary>
/// A real browser visits every public page, with scripts running, and records everything it asks for,
/// everything it is told to keep, and anything the content security policy made it refuse.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrivacyCrawlTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Reading_every_public_page_asks_no_other_host_and_leaves_no_cookie()
    {
        var paths = await PublicPages.ReadingPathsAsync(fixture.Site);
        await using var context = await fixture.NewContextAsync();
        var refused = CspViolations.Watch(context);
        var requests = new List<string>();
        var cookieSetters = new List<string>();
        var missingHeaders = new List<string>();
        context.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(request.Url);
            }
        };
        var responses = new List<IResponse>();
        context.Response += (_, response) =>
        {
            lock (responses)
            {
                responses.Add(response);
            }
        };

        var page = await context.NewPageAsync();
        foreach (var path in paths)
        {
            await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            IResponse[] arrived;
            lock (responses)
            {
                arrived = [.. responses];
                responses.Clear();
            }

            foreach (var response in arrived)
            {
                // AllHeadersAsync includes Set-Cookie, which the plain header list leaves out.
                var headers = await response.AllHeadersAsync();
                if (headers.ContainsKey("set-cookie"))
                {
                    cookieSetters.Add(response.Url);
                }

                var missing = SecurityHeaders.MissingFrom(headers, isDocument: response.Request.ResourceType == "document");
                if (missing.Count > 0)
                {
                    missingHeaders.Add($"{response.Url}: {string.Join(", ", missing)}");
                }
            }
        }

        var site = fixture.Site.Address.Authority;
        var elsewhere = requests.Where(url => !url.StartsWith("data:", StringComparison.Ordinal) && new Uri(url).Authority != site).Distinct().ToList();
        Assert.True(requests.Count > paths.Count, "the pages load their stylesheet, script and icon");
        Assert.True(elsewhere.Count == 0, "requests to other hosts:\n" + string.Join("\n", elsewhere));
        Assert.True(cookieSetters.Count == 0, "Set-Cookie on:\n" + string.Join("\n", cookieSetters));
        Assert.Empty(await context.CookiesAsync());
        Assert.True(missingHeaders.Count == 0, "responses without the security headers:\n" + string.Join("\n", missingHeaders));
        refused.AssertNone();
    }

    [Fact]
    public async Task Only_a_form_page_sets_a_cookie_and_it_is_the_antiforgery_one()
    {
        foreach (var path in PublicPages.FormPages)
        {
            await using var context = await fixture.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync(path);

            var cookies = await context.CookiesAsync();
            var cookie = Assert.Single(cookies);
            Assert.StartsWith("__Host-", cookie.Name);
            Assert.True(cookie.HttpOnly && cookie.Secure, $"{path}: the cookie is {(cookie.HttpOnly ? "" : "not HttpOnly ")}{(cookie.Secure ? "" : "not Secure")}");
            Assert.Equal(-1, cookie.Expires);
        }
    }

    [Fact]
    public async Task The_quick_exit_is_the_only_way_off_the_site()
    {
        await using var context = await fixture.NewContextAsync();
        var hosts = new HashSet<string>();
        context.Request += (_, request) =>
        {
            lock (hosts)
            {
                hosts.Add(new Uri(request.Url).Authority);
            }
        };
        var page = await BrowserFixture.OpenAsync(context, "/articles/fosta-sesta-explained");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal([fixture.Site.Address.Authority], hosts);

        await page.ClickAsync(".quick-exit");
        await page.WaitForURLAsync(SiteServer.QuickExitUrl);

        Assert.Contains(new Uri(SiteServer.QuickExitUrl).Authority, hosts);
    }
}
