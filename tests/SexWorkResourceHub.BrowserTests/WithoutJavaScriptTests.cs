namespace SexWorkResourceHub.BrowserTests;

/// <summary>A reader with JavaScript off (a locked-down browser, Tor's safest level) can still do everything.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WithoutJavaScriptTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_reader_reaches_an_article_from_the_home_page_and_reads_it()
    {
        await using var context = await fixture.NewContextAsync(javaScript: false);
        var page = await BrowserFixture.OpenAsync(context, "/");

        await page.ClickAsync("nav[aria-label=Main] >> text=Explainers");
        await page.ClickAsync("main a[href='/articles/what-us-law-says']");

        Assert.EndsWith("/articles/what-us-law-says", page.Url);
        Assert.Contains("22 U.S.C.", await page.InnerTextAsync("main"));
        Assert.True(await page.Locator("main h2").CountAsync() >= 3, "the article's sections are there");
        Assert.True(await page.Locator("nav.toc a").CountAsync() >= 3, "the table of contents is there");
    }

    [Fact]
    public async Task Filtering_resources_works_through_the_plain_form_and_keeps_its_state_in_the_address()
    {
        await using var context = await fixture.NewContextAsync(javaScript: false);
        var page = await BrowserFixture.OpenAsync(context, "/resources");
        var before = await page.Locator("article.resource").CountAsync();

        // Folded until asked for; the summary opens it without JavaScript.
        Assert.False(await page.IsVisibleAsync("#filter-kind"));
        await page.FocusAsync(".filters-fold > summary");
        await page.Keyboard.PressAsync("Enter");
        await page.SelectOptionAsync("#filter-kind", "hotline");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForURLAsync("**/resources?*kind=hotline*");

        var groups = await page.Locator("section.resource-group h2").AllInnerTextsAsync();
        var after = await page.Locator("article.resource").CountAsync();
        Assert.Equal(["Hotlines and support lines"], groups);
        Assert.InRange(after, 1, before - 1);
        Assert.Contains("National Human Trafficking Hotline", await page.InnerTextAsync("main"));
        Assert.Equal("hotline", await page.InputValueAsync("#filter-kind"));
        Assert.True(await page.IsVisibleAsync("#filter-kind"));
    }

    [Fact]
    public async Task The_header_search_box_finds_an_article()
    {
        await using var context = await fixture.NewContextAsync(javaScript: false);
        var page = await BrowserFixture.OpenAsync(context, "/events");

        await page.FillAsync("#site-search-q", "Section 230");
        await page.PressAsync("#site-search-q", "Enter");
        await page.WaitForURLAsync("**/search?q=Section+230");

        Assert.Matches(@"^\d+ results? for", (await page.InnerTextAsync("#results-heading")).Trim());
        Assert.True(await page.Locator(".search-result a[href='/articles/fosta-sesta-explained']").CountAsync() == 1);
    }

    [Fact]
    public async Task A_suggestion_is_sent_and_the_thank_you_page_says_what_happens_next()
    {
        await using var context = await fixture.NewContextAsync(javaScript: false);
        var page = await BrowserFixture.OpenAsync(context, "/suggest/resource");

        await page.FillAsync("#Input_Name", "Harbor Peer Support");
        await page.FillAsync("#Input_Description", "A peer-run drop-in for people in the sex trades, open on weekday evenings.");
        await page.FillAsync("#Input_Url", "https://harbor.example/");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync("**/suggest/thanks");

        Assert.Equal("Thank you", await page.InnerTextAsync("h1"));
        Assert.Contains("What happens next", await page.InnerTextAsync("main"));
    }

    [Fact]
    public async Task A_reader_reports_a_problem_with_one_resource_from_its_card()
    {
        await using var context = await fixture.NewContextAsync(javaScript: false);
        var page = await BrowserFixture.OpenAsync(context, "/resources");

        // By keyboard, as many readers go: a pointer click can land on the fixed quick-exit button when the
        // link scrolls beneath it.
        await page.FocusAsync("#resource-swop-usa .report-problem a");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/suggest/correction?about=*");
        Assert.Equal("About: Sex Workers Outreach Project USA (SWOP USA)", (await page.InnerTextAsync("main .lede")).Trim());
        await page.FillAsync("#Input_Problem", "The vigil page has moved.");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync("**/suggest/thanks");

        Assert.Equal("Thank you", await page.InnerTextAsync("h1"));
    }

    [Fact]
    public async Task A_suggestion_with_mistakes_comes_back_with_the_messages_and_what_was_typed()
    {
        await using var context = await fixture.NewContextAsync(javaScript: false);
        var page = await BrowserFixture.OpenAsync(context, "/suggest/event");

        await page.FillAsync("#Input_Title", "Evening vigil");
        await page.FillAsync("#Input_Url", "javascript:alert(1)");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");

        Assert.Equal("Evening vigil", await page.InputValueAsync("#Input_Title"));
        Assert.Equal("true", await page.GetAttributeAsync("#Input_Url", "aria-invalid"));
        Assert.Contains("http", await page.InnerTextAsync(".error-summary"));
        Assert.EndsWith("/suggest/event", page.Url);
    }
}
