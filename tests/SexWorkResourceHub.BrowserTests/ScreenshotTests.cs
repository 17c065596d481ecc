using Microsoft.Playwright;

namespace SexWorkResourceHub.BrowserTests;

/// <summary>
/// Full-page screenshots of the home page and an article on a phone and a desktop, kept as test output
/// (SCREENSHOT_DIR, or TestResults/screenshots in the repository) for a person to look over.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture fixture)
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("SCREENSHOT_DIR") is { Length: > 0 } given
        ? given
        : Path.Combine(Path.GetDirectoryName(SiteServer.FindRepositoryFolder("src"))!, "TestResults", "screenshots");

    [Theory]
    [InlineData("/", "home", 375)]
    [InlineData("/", "home", 1280)]
    [InlineData("/articles/fosta-sesta-explained", "article", 375)]
    [InlineData("/articles/fosta-sesta-explained", "article", 1280)]
    [InlineData("/articles/fosta-sesta-explained", "article-dark", 375)]
    [InlineData("/articles", "explainers", 375)]
    [InlineData("/resources?kind=hotline", "hotlines", 375)]
    [InlineData("/events", "events", 375)]
    [InlineData("/resources", "resources-folded", 375)]
    [InlineData("/resources", "resources", 1280)]
    [InlineData("/resources?region=US-OR%2FPortland", "resources-by-place", 375)]
    [InlineData("/es/articles/fosta-sesta-explicada", "article-es", 375)]
    [InlineData("/es/pedir-ayuda", "get-help-es", 375)]
    [InlineData("/es/resources", "resources-es", 375)]
    [InlineData("/es/events", "events-es", 375)]
    [InlineData("/search?q=trafficing", "search-did-you-mean", 375)]
    [InlineData("/get-help", "get-help", 375)]
    [InlineData("/suggest/correction?about=%2Fresources%23resource-swop-usa", "report-a-problem", 375)]
    public async Task A_full_page_screenshot_is_saved(string path, string name, int width)
    {
        await using var context = await fixture.NewContextAsync(width: width, height: 800,
            colorScheme: name.EndsWith("-dark", StringComparison.Ordinal) ? ColorScheme.Dark : ColorScheme.Light);
        var page = await BrowserFixture.OpenAsync(context, path);
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, $"{name}-{width}.png");
        File.Delete(file);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });

        var (pngWidth, pngHeight) = PngSize(file);
        Assert.Equal(width, pngWidth);
        Assert.True(pngHeight > 800, $"{file} is only {pngHeight}px tall: the full page was not captured");
    }

    /// <summary>The width and height from a PNG file's header chunk.</summary>
    private static (int Width, int Height) PngSize(string file)
    {
        var header = File.ReadAllBytes(file).AsSpan(0, 24);
        Assert.True(header[1..4].SequenceEqual("PNG"u8), $"{file} is not a PNG");
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header[16..20]),
            System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header[20..24]));
    }
}
