using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SexWorkResourceHub.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    internal static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
        },
    };

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var theme in new[] { "light", "dark" })
        {
            foreach (var path in new[]
            {
                "/", "/articles/sex-work-is-not-trafficking", "/articles/fosta-sesta-explained", "/resources",
                "/events", "/events/macrosw-2019-willing-and-coerced-sex-work", "/search?q=consent", "/get-help",
                "/editor/login", "/glossary", "/safe-browsing", "/articles",
            }.Concat(PublicPages.Spanish))
            {
                data.Add(path, theme);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_violations(string path, string theme)
    {
        await using var context = await fixture.NewContextAsync(colorScheme: theme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        var page = await BrowserFixture.OpenAsync(context, path);

        AssertNoViolations(await page.RunAxe(Wcag22AA), $"{path} ({theme})");
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task A_suggestion_form_showing_errors_has_no_violations(string theme)
    {
        await using var context = await fixture.NewContextAsync(colorScheme: theme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        var page = await BrowserFixture.OpenAsync(context, "/suggest/resource");
        await page.FillAsync("#Input_Url", "not a web address");
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");

        Assert.Equal("true", await page.GetAttributeAsync("#Input_Name", "aria-invalid"));
        AssertNoViolations(await page.RunAxe(Wcag22AA), $"suggestion form with errors ({theme})");
    }

    [Fact]
    public async Task Every_page_has_one_h1_and_headings_never_skip_a_level()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        foreach (var (path, _) in Pages().Select(row => ((string)row[0], (string)row[1])).Distinct())
        {
            await page.GotoAsync(path);
            var levels = await page.EvaluateAsync<int[]>("[...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])");

            Assert.True(levels.Count(l => l == 1) == 1, $"{path} has {levels.Count(l => l == 1)} h1 elements");
            Assert.Equal(1, levels[0]);
            for (var i = 1; i < levels.Length; i++)
            {
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{path}: h{levels[i - 1]} is followed by h{levels[i]}");
            }
        }
    }

    [Fact]
    public async Task Focus_is_visible_on_links_and_buttons()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await BrowserFixture.OpenAsync(context, "/resources");

        foreach (var _ in Enumerable.Range(0, 6))
        {
            await page.Keyboard.PressAsync("Tab");
            var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
            var tag = await page.EvaluateAsync<string>("document.activeElement.tagName");
            Assert.True(outline != "none", $"the focused {tag} has no visible outline");
        }
    }

    [Fact]
    public async Task Reduced_motion_turns_off_smooth_scrolling()
    {
        await using var moving = await fixture.NewContextAsync(reducedMotion: ReducedMotion.NoPreference);
        await using var still = await fixture.NewContextAsync(reducedMotion: ReducedMotion.Reduce);
        var withMotion = await BrowserFixture.OpenAsync(moving, "/articles/fosta-sesta-explained");
        var withoutMotion = await BrowserFixture.OpenAsync(still, "/articles/fosta-sesta-explained");

        Assert.Equal("smooth", await withMotion.EvaluateAsync<string>("getComputedStyle(document.documentElement).scrollBehavior"));
        Assert.Equal("auto", await withoutMotion.EvaluateAsync<string>("getComputedStyle(document.documentElement).scrollBehavior"));
    }

    [Theory]
    [InlineData(320, 800)]
    [InlineData(640, 900)]
    public async Task Pages_fit_a_320_pixel_phone_and_a_desktop_at_200_percent_zoom_without_sideways_scrolling(int width, int height)
    {
        // A 1280 pixel window at 200% zoom lays out like a 640 pixel one.
        await using var context = await fixture.NewContextAsync(width: width, height: height);
        var page = await context.NewPageAsync();
        foreach (var path in new[] { "/", "/articles/fosta-sesta-explained", "/resources", "/events", "/get-help", "/suggest/event", "/search?q=law" })
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px at {width}px");
        }
    }

    [Fact]
    public async Task A_text_input_in_error_has_the_same_red_border_as_a_select()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await BrowserFixture.OpenAsync(context, "/suggest/event");

        await page.FocusAsync("main form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync(".error-summary");

        var borders = await page.EvaluateAsync<string[]>(
            "['#Input_Title', '#Input_Participation', '#Input_Url'].map(s => { const st = getComputedStyle(document.querySelector(s)); return st.borderTopWidth + ' ' + st.borderTopColor; })");
        Assert.Equal("true", await page.GetAttributeAsync("#Input_Title", "aria-invalid"));
        Assert.Equal(borders[1], borders[0]);
        Assert.StartsWith("2px", borders[0], StringComparison.Ordinal);
        // A field without an error keeps the plain border.
        Assert.NotEqual(borders[0], borders[2]);
    }

    internal static void AssertNoViolations(AxeResult result, string where)
    {
        var report = string.Join("\n", result.Violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Take(5).Select(n => n.Html))));
        Assert.True(result.Violations.Length == 0, $"axe found violations on {where}:\n{report}");
    }
}
