using Microsoft.Playwright;

namespace SexWorkResourceHub.BrowserTests;

/// <summary>The site and one Chromium (Debian's, not a downloaded one) shared by the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    /// <summary>The published site on its defaults, translations served, so the Spanish pages are checked too.</summary>
    public SiteServer Site { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Site.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromiumAsync(_playwright);
    }

    /// <summary>Debian's Chromium, headless, with nothing that calls out to the network by itself.</summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });

    /// <summary>
    /// A fresh browser context (no shared cookies or history). The quick-exit site is answered locally,
    /// so leaving can be observed without the network.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(
        int width = 1280, int height = 900, bool javaScript = true, ColorScheme colorScheme = ColorScheme.Light,
        ReducedMotion reducedMotion = ReducedMotion.NoPreference)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Site.BaseUrl,
            IgnoreHTTPSErrors = true,
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = colorScheme,
            ReducedMotion = reducedMotion,
        });
        await context.RouteAsync(SiteServer.QuickExitUrl + "**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html",
            Body = "<!DOCTYPE html><html lang=en><title>Weather</title><h1>Weather</h1></html>",
        }));
        return context;
    }

    /// <summary>A new page at <paramref name="path"/>, brought to the front so it has the keyboard.</summary>
    public static async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.BringToFrontAsync();
        return page;
    }

    /// <summary>Signs the context in as the run's editor through the sign-in form.</summary>
    public static async Task<IPage> SignInAsync(IBrowserContext context)
    {
        var page = await OpenAsync(context, "/editor/login");
        await page.FillAsync("#Input_Email", SiteServer.EditorEmail);
        await page.FillAsync("#Input_Password", SiteServer.EditorPassword);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync("**/editor");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Site.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
