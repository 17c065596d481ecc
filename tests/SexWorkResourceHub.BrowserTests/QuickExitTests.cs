namespace SexWorkResourceHub.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class QuickExitTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_first_tab_reaches_quick_exit_and_the_next_the_skip_link()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await BrowserFixture.OpenAsync(context, "/articles/sex-work-is-not-trafficking");

        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<string>("document.activeElement.className");
        await page.Keyboard.PressAsync("Tab");
        var second = await page.EvaluateAsync<string>("document.activeElement.textContent.trim()");

        Assert.Equal("quick-exit", first);
        Assert.Equal("Skip to content", second);
    }

    [Fact]
    public async Task The_skip_link_moves_focus_to_the_main_content()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await BrowserFixture.OpenAsync(context, "/articles/sex-work-is-not-trafficking");

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task The_quick_exit_is_visible_at_the_top_and_stays_visible_when_scrolled()
    {
        await using var context = await fixture.NewContextAsync(width: 375, height: 700);
        var page = await BrowserFixture.OpenAsync(context, "/articles/fosta-sesta-explained");
        await page.Mouse.WheelAsync(0, 3000);
        await page.WaitForTimeoutAsync(100);

        var box = await page.Locator(".quick-exit").BoundingBoxAsync();

        Assert.NotNull(box);
        Assert.InRange(box!.Y, 0, 20);
        Assert.True(await page.Locator(".quick-exit").IsVisibleAsync());
    }

    [Fact]
    public async Task Escape_three_times_leaves_and_back_does_not_return_to_the_page()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await BrowserFixture.OpenAsync(context, "/");
        await page.GotoAsync("/articles/sex-work-is-not-trafficking");
        await page.BringToFrontAsync();

        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForURLAsync(SiteServer.QuickExitUrl);
        await page.GoBackAsync();

        Assert.Equal(fixture.Site.BaseUrl + "/", page.Url);
    }

    [Fact]
    public async Task In_spanish_the_quick_exit_says_so_in_spanish_and_escape_three_times_leaves_the_same_way()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await BrowserFixture.OpenAsync(context, "/es/articles");
        await page.GotoAsync("/es/articles/el-trabajo-sexual-no-es-trata");
        await page.BringToFrontAsync();
        Assert.Equal("Salida rápida (o pulsa Esc 3 veces)", (await page.InnerTextAsync(".quick-exit")).Trim());

        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForURLAsync(SiteServer.QuickExitUrl);
        await page.GoBackAsync();

        Assert.Equal(fixture.Site.BaseUrl + "/es/articles", page.Url);
    }

    [Fact]
    public async Task Two_escapes_do_not_leave()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await BrowserFixture.OpenAsync(context, "/articles/sex-work-is-not-trafficking");

        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForTimeoutAsync(300);

        Assert.StartsWith(fixture.Site.BaseUrl, page.Url);
    }

    [Fact]
    public async Task One_click_leaves_and_replaces_the_page_in_history()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await BrowserFixture.OpenAsync(context, "/events");
        await page.GotoAsync("/get-help");

        await page.ClickAsync(".quick-exit");
        await page.WaitForURLAsync(SiteServer.QuickExitUrl);
        await page.GoBackAsync();

        Assert.Equal(fixture.Site.BaseUrl + "/events", page.Url);
    }

    [Fact]
    public async Task Without_javascript_the_quick_exit_is_a_plain_link_that_still_leaves()
    {
        await using var context = await fixture.NewContextAsync(javaScript: false);
        var page = await BrowserFixture.OpenAsync(context, "/get-help");

        await page.ClickAsync(".quick-exit");
        await page.WaitForURLAsync(SiteServer.QuickExitUrl);

        Assert.Equal("Weather", await page.TitleAsync());
    }
}
