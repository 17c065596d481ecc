using Deque.AxeCore.Playwright;

namespace SexWorkResourceHub.BrowserTests;

/// <summary>The editors' area is held to the same bar as the public pages: accessible, valid, and nothing refused by the content security policy.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorPagesTests(BrowserFixture fixture)
{
    public static readonly string[] Paths =
    [
        "/editor", "/editor/resources", "/editor/events", "/editor/suggestions",
        "/editor/resources/edit", "/editor/events/edit", "/editor/settings",
    ];

    [Fact]
    public async Task Editor_pages_have_no_axe_violations_and_are_valid_html()
    {
        await using var context = await fixture.NewContextAsync();
        var refused = CspViolations.Watch(context);
        var page = await BrowserFixture.SignInAsync(context);
        var pages = new Dictionary<string, string>();
        foreach (var path in Paths)
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            pages[path] = await response.TextAsync();
            AccessibilityTests.AssertNoViolations(await page.RunAxe(AccessibilityTests.Wcag22AA), path);
        }

        // An edit form sent back with its errors.
        await page.GotoAsync("/editor/events/edit");
        await page.FillAsync("#Input_Url", "not a link");
        var sent = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("main form.editor-form button[type=submit]"), r => r.Request.Method == "POST");
        Assert.Equal(400, sent.Status);
        pages["/editor/events/edit (with errors)"] = await sent.TextAsync();
        AccessibilityTests.AssertNoViolations(await page.RunAxe(AccessibilityTests.Wcag22AA), "event form with errors");

        refused.AssertNone();
        var errors = await HtmlChecker.ErrorsAsync(pages);
        Assert.True(errors.Count == 0, $"{errors.Count} HTML errors:\n" + string.Join("\n", errors.Take(40)));
    }
}
