using System.Net;
using Microsoft.Playwright;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.BrowserTests;

/// <summary>
/// Two processes of the published site on one PostgreSQL database, as behind a load balancer: what an
/// editor does through one is what readers get from the other. A browser keeps cookies per host, not per
/// port, so the two instances on 127.0.0.1 share the editor's sign-in as two instances behind one
/// address do. test.sh runs these in its PostgreSQL pass; without HUB_TEST_POSTGRES they are skipped.
/// </summary>
public sealed class TwoInstanceTests : IAsyncLifetime
{
    private const string Name = "Harbour Lights Peer Collective";

    private readonly string _database = TestPostgres.Enabled ? TestPostgres.CreateDatabase() : string.Empty;
    private SiteServer? _first;
    private SiteServer? _second;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!TestPostgres.Enabled)
        {
            return;
        }

        // The first instance migrates and seeds the database and adds the editor; the second finds them there.
        _first = new SiteServer(Settings(), addEditor: true);
        await _first.InitializeAsync();
        _second = new SiteServer(Settings(), addEditor: false);
        await _second.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserFixture.LaunchChromiumAsync(_playwright);
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["Database__Provider"] = "Postgres",
        ["ConnectionStrings__Hub"] = _database,
        ["Database__ChangePollSeconds"] = "1",
    };

    [PostgresFact]
    public async Task An_editor_signed_in_on_one_instance_is_signed_in_on_the_other()
    {
        await using var context = await NewContextAsync();
        var page = await BrowserFixture.SignInAsync(context);

        var response = await page.GotoAsync(_second!.BaseUrl + "/editor");

        Assert.Equal(200, response!.Status);
        Assert.Equal(_second.BaseUrl + "/editor", page.Url);
        Assert.Contains("Sign out", await page.InnerTextAsync("body"), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task A_resource_saved_through_one_instance_is_listed_and_found_on_the_other_within_seconds()
    {
        using var reader = _second!.CreateHttpClient();
        // The other instance has the list cached from before the edit.
        Assert.DoesNotContain(Name, await reader.GetStringAsync("/resources"), StringComparison.Ordinal);
        Assert.DoesNotContain(Name, await reader.GetStringAsync("/resources"), StringComparison.Ordinal);

        await using var context = await NewContextAsync();
        var page = await BrowserFixture.SignInAsync(context);
        await page.GotoAsync("/editor/resources/edit");
        await page.FillAsync("#Input_Name", Name);
        await page.SelectOptionAsync("#Input_Kind", "support-service");
        await page.FillAsync("#Input_Description", "A peer group run by and for sex workers in port towns.");
        await page.FillAsync("#Input_Url", "https://harbour-lights.example.org");
        await page.SelectOptionAsync("#Input_Areas_0__Place", "US-ME");
        await page.FillAsync("#Input_Areas_0__City", "Portland");
        await page.SelectOptionAsync("#Input_SexWorkerLed", "yes");
        await page.ClickAsync("main form.editor-form button[type=submit]");
        await page.WaitForURLAsync("**/editor/resources**");

        Assert.True(await EventuallyAsync(async () => (await reader.GetStringAsync("/resources")).Contains(Name, StringComparison.Ordinal)),
            "The other instance still lists the resources as they were before the save.");
        Assert.True(await EventuallyAsync(async () => (await reader.GetStringAsync("/search?q=harbour+lights")).Contains(Name, StringComparison.Ordinal)),
            "The other instance's search does not find the saved resource.");
    }

    [PostgresFact]
    public async Task Both_instances_answer_from_the_one_database()
    {
        foreach (var site in new[] { _first!, _second! })
        {
            using var client = site.CreateHttpClient();
            var response = await client.GetAsync("/resources");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("National Human Trafficking Hotline", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    /// <summary>A browser whose relative addresses go to the first instance.</summary>
    private Task<IBrowserContext> NewContextAsync() =>
        _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = _first!.BaseUrl, IgnoreHTTPSErrors = true });

    /// <summary>True once <paramref name="check"/> holds, trying for up to 15 seconds ("within seconds").</summary>
    private static async Task<bool> EventuallyAsync(Func<Task<bool>> check)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (await check())
            {
                return true;
            }

            await Task.Delay(250);
        }

        return await check();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        foreach (var site in new[] { _first, _second })
        {
            if (site is not null)
            {
                await site.DisposeAsync();
            }
        }

        if (_database.Length > 0)
        {
            TestPostgres.DropDatabase(_database);
        }
    }
}
