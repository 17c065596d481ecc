namespace SexWorkResourceHub.BrowserTests;

/// <summary>The HTML the site serves, page by page, through the W3C Nu HTML checker: no errors allowed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HtmlValidationTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Every_public_page_is_valid_html()
    {
        var pages = new Dictionary<string, string>();
        using (var client = fixture.Site.CreateHttpClient())
        {
            foreach (var path in (await PublicPages.ReadingPathsAsync(fixture.Site)).Concat(PublicPages.FormPages))
            {
                // Read whatever the status: the missing page's 404 is a page readers see too.
                pages[path] = await (await client.GetAsync(path)).Content.ReadAsStringAsync();
            }
        }

        pages["/suggest/resource (with errors)"] = await FormWithErrorsAsync();

        var errors = await HtmlChecker.ErrorsAsync(pages);
        Assert.True(errors.Count == 0, $"{errors.Count} HTML errors:\n" + string.Join("\n", errors.Take(40)));
    }

    /// <summary>The suggestion form as it comes back from the server with its error messages.</summary>
    private async Task<string> FormWithErrorsAsync()
    {
        await using var context = await fixture.NewContextAsync(javaScript: false);
        var page = await BrowserFixture.OpenAsync(context, "/suggest/resource");
        await page.FillAsync("#Input_Url", "not a web address");
        var response = await page.RunAndWaitForResponseAsync(
            () => page.ClickAsync("main form button[type=submit]"),
            r => r.Request.Method == "POST");
        Assert.Equal(400, response.Status);
        return await response.TextAsync();
    }
}
