using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Editors;

public sealed class EditorSignInTests : IDisposable
{
    private readonly HubFactory _factory = new("Production");

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/editor")]
    [InlineData("/editor/resources")]
    [InlineData("/editor/resources/edit")]
    [InlineData("/editor/events/edit/1")]
    [InlineData("/editor/suggestions")]
    [InlineData("/editor/suggestions/1")]
    public async Task Anonymous_requests_to_editor_pages_redirect_to_the_login_page(string url)
    {
        var response = await _factory.Browser().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/editor/login?returnUrl=" + Uri.EscapeDataString(url), response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task There_is_no_default_account()
    {
        _factory.CreateClient();
        await using var scope = _factory.Services.CreateAsyncScope();

        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<HubDbContext>().Editors.CountAsync());
    }

    [Fact]
    public async Task Signing_in_sets_a_host_prefixed_httponly_secure_lax_cookie_and_opens_the_dashboard()
    {
        await _factory.CreateEditorAsync();
        var client = _factory.Browser();

        var response = await client.SignInAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/editor", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-swrh-editor=", StringComparison.Ordinal));
        Assert.Equal(EditorSignIn.SignInCookie(response), cookie.Split(';')[0]);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        var dashboard = await client.GetDocumentAsync("/editor");
        Assert.Equal("Editors' dashboard", dashboard.QuerySelector("h1")!.TextContent);
        Assert.Contains(EditorSignIn.Email, dashboard.QuerySelector(".sign-out")!.TextContent);
    }

    [Fact]
    public async Task A_wrong_password_gets_a_message_that_does_not_say_which_part_was_wrong()
    {
        await _factory.CreateEditorAsync();
        var client = _factory.Browser();

        var wrongPassword = await client.SignInAsync(password: "not the right password");
        var unknownEmail = await client.SignInAsync(email: "nobody@example.org");

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        var message = (await Html.ParseAsync(wrongPassword)).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("email or password is not right", message);
        Assert.Equal(message, (await Html.ParseAsync(unknownEmail)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("", (await Html.ParseAsync(wrongPassword)).QuerySelector("#Input_Password")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Five_wrong_passwords_make_that_address_wait_whether_or_not_the_account_exists()
    {
        using var factory = new HubFactory("Production", new Dictionary<string, string?> { ["RateLimits:SignInPermits"] = "1000" });
        await factory.CreateEditorAsync();
        var client = factory.Browser();
        var known = new List<HttpStatusCode>();
        var unknown = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            known.Add((await client.SignInAsync(password: "wrong password " + i)).StatusCode);
            unknown.Add((await client.SignInAsync(email: "nobody@example.org", password: "wrong password " + i)).StatusCode);
        }

        var rightPasswordNow = await client.SignInAsync();
        var unknownNow = await client.SignInAsync(email: "nobody@example.org");

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), HttpStatusCode.TooManyRequests], known);
        Assert.Equal(known, unknown);
        Assert.Equal(HttpStatusCode.TooManyRequests, rightPasswordNow.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, unknownNow.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), rightPasswordNow.Headers.RetryAfter!.Delta);
        var message = (await Html.ParseAsync(rightPasswordNow)).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Too many sign-in attempts for this email from your network. Wait 1 minute, then try again.", message);
        Assert.Equal(message, (await Html.ParseAsync(unknownNow)).QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task The_wait_ends_and_each_later_wait_is_longer()
    {
        var clock = FixedTimeProvider.At("2026-11-22T12:00:00Z");
        using var factory = new HubFactory("Production", new Dictionary<string, string?> { ["RateLimits:SignInPermits"] = "1000" })
        {
            ConfigureTestServices = s => s.AddSingleton<TimeProvider>(clock),
        };
        await factory.CreateEditorAsync();
        var client = factory.Browser();
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync(password: "wrong password " + i);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SignInAsync()).StatusCode);
        clock.Now = clock.Now.AddMinutes(1).AddSeconds(1);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SignInAsync(password: "wrong again " + i)).StatusCode);
        }

        var second = await client.SignInAsync();
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        var summary = (await Html.ParseAsync(second)).QuerySelector(".error-summary")!;
        // A plain sentence: there is no field to correct, so no "Please correct this:" heading.
        Assert.Null(summary.QuerySelector("h2"));
        Assert.Equal("Too many sign-in attempts for this email from your network. Wait 2 minutes, then try again.", summary.TextContent.Trim());

        clock.Now = clock.Now.AddMinutes(2).AddSeconds(1);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync()).StatusCode);
    }

    [Fact]
    public async Task A_stranger_guessing_from_elsewhere_does_not_lock_the_real_editor_out()
    {
        using var factory = new HubFactory("Production") { ConfigureTestServices = TestClientAddress.Register };
        await factory.CreateEditorAsync();
        var stranger = factory.BrowserFrom("203.0.113.9");
        for (var i = 0; i < 12; i++)
        {
            await stranger.SignInAsync(password: "guess " + i);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await stranger.SignInAsync()).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.BrowserFrom("198.51.100.20").SignInAsync()).StatusCode);
    }

    [Fact]
    public async Task Parallel_wrong_passwords_get_no_more_password_checks_than_the_limit()
    {
        // 40 at once from 4 addresses: each address gets 5 password checks, whatever the interleaving.
        var hasher = new CountingPasswordHasher();
        using var factory = new HubFactory("Production", new Dictionary<string, string?> { ["RateLimits:SignInPermits"] = "1000" })
        {
            ConfigureTestServices = services =>
            {
                TestClientAddress.Register(services);
                services.AddSingleton<Microsoft.AspNetCore.Identity.IPasswordHasher<SexWorkResourceHub.Web.Data.Entities.Editor>>(hasher);
            },
        };
        await factory.CreateEditorAsync();
        var clients = Enumerable.Range(1, 4).Select(n => factory.BrowserFrom($"192.0.2.{n}")).ToList();
        var pages = await Task.WhenAll(clients.Select(c => c.GetDocumentAsync("/editor/login")));
        var before = hasher.Checks;

        var responses = await Task.WhenAll(clients.SelectMany((client, n) => Enumerable.Range(0, 10).Select(i =>
            client.SubmitAsync(pages[n], "main form", new Dictionary<string, string>
            {
                ["Input.Email"] = EditorSignIn.Email,
                ["Input.Password"] = $"wrong password {n} {i}",
            }))));

        Assert.Equal(20, hasher.Checks - before);
        Assert.Equal(20, responses.Count(r => r.StatusCode == HttpStatusCode.Unauthorized));
        Assert.Equal(20, responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task The_dashboard_tells_the_editor_about_failed_sign_ins_until_they_dismiss_it()
    {
        using var factory = new HubFactory("Production") { ConfigureTestServices = TestClientAddress.Register };
        await factory.CreateEditorAsync();
        var stranger = factory.BrowserFrom("203.0.113.9");
        for (var i = 0; i < 3; i++)
        {
            await stranger.SignInAsync(password: "guess " + i);
        }

        var editor = factory.BrowserFrom("198.51.100.20");
        await editor.SignInAsync();
        var dashboard = await editor.GetDocumentAsync("/editor");

        var notice = dashboard.QuerySelector(".failed-sign-ins")!;
        Assert.Contains("3 failed sign-in attempts for your account", notice.TextContent);
        var dismissed = await editor.SubmitAsync(dashboard, ".failed-sign-ins form");
        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        Assert.Null((await editor.GetDocumentAsync("/editor")).QuerySelector(".failed-sign-ins"));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_gets_400()
    {
        await _factory.CreateEditorAsync();
        var client = _factory.Browser();

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = EditorSignIn.Email, ["Input.Password"] = EditorSignIn.Password });
        var response = await client.PostAsync("/editor/login", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Something in that request didn't look right", (await Html.ParseAsync(response)).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_client_with_a_friendly_429()
    {
        using var factory = new HubFactory("Production", new Dictionary<string, string?> { ["RateLimits:SignInPermits"] = "3" });
        await factory.CreateEditorAsync();
        var client = factory.Browser();
        for (var i = 0; i < 3; i++)
        {
            await client.SignInAsync(password: "wrong " + i + " password");
        }

        var limited = await client.SignInAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter is not null);
        Assert.Equal("Too many requests", (await Html.ParseAsync(limited)).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_so_a_copied_cookie_stops_working()
    {
        await _factory.CreateEditorAsync();
        var client = _factory.Browser();
        var cookie = EditorSignIn.SignInCookie(await client.SignInAsync());
        var copy = _factory.CookielessBrowser();
        Assert.Equal(HttpStatusCode.OK, (await SendWithCookieAsync(copy, "/editor", cookie)).StatusCode);

        var signOut = await client.SubmitAsync(await client.GetDocumentAsync("/editor"), "form.sign-out");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.StartsWith("/editor/login", signOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/editor")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SendWithCookieAsync(copy, "/editor", cookie)).StatusCode);
    }

    [Fact]
    public async Task Signing_in_again_starts_a_fresh_session_and_ends_the_old_one()
    {
        await _factory.CreateEditorAsync();
        var client = _factory.Browser();
        var first = EditorSignIn.SignInCookie(await client.SignInAsync());

        var second = EditorSignIn.SignInCookie(await client.SignInAsync());

        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.Redirect, (await SendWithCookieAsync(_factory.CookielessBrowser(), "/editor", first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendWithCookieAsync(_factory.CookielessBrowser(), "/editor", second)).StatusCode);
    }

    [Fact]
    public async Task Another_instance_and_a_restart_keep_editors_signed_in_because_keys_are_kept_in_the_database()
    {
        await _factory.CreateEditorAsync();
        var cookie = EditorSignIn.SignInCookie(await _factory.Browser().SignInAsync());

        // A second site on the same store, as another instance behind the same address or a restart.
        using var other = new HubFactory("Production", new Dictionary<string, string?>(_factory.StoreSettings) { ["Content:Path"] = _factory.ContentPath });
        var response = await SendWithCookieAsync(other.CookielessBrowser(), "/editor", cookie);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var scope = other.Services.CreateAsyncScope();
        Assert.NotEmpty(await scope.ServiceProvider.GetRequiredService<HubDbContext>().DataProtectionKeys.ToListAsync());
        Assert.False(Directory.Exists(Path.Combine(_factory.DataPath, "keys")));
    }

    [Fact]
    public async Task Keys_an_older_version_kept_in_the_keys_folder_still_work_after_the_upgrade()
    {
        // Before keys were kept in the store, they were files in keys/ beside the SQLite database.
        using var factory = new HubFactory("Production", sqlite: true);
        var before = DataProtectionProvider.Create(
            new DirectoryInfo(Path.Combine(factory.DataPath, "keys")), builder => builder.SetApplicationName("SexWorkResourceHub"));
        var sealedBefore = before.CreateProtector("upgrade test").Protect("written by the older version");

        var after = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("upgrade test");

        Assert.Equal("written by the older version", after.Unprotect(sealedBefore));
    }

    [Fact]
    public async Task A_signed_in_editor_can_preview_drafts_marked_as_drafts()
    {
        var editor = await _factory.SignedInEditorAsync();
        var reader = _factory.Browser();

        var asEditor = await editor.GetAsync("/articles/draft-notes");
        var asReader = await reader.GetAsync("/articles/draft-notes");

        Assert.Equal(HttpStatusCode.OK, asEditor.StatusCode);
        Assert.Contains("this is a draft", (await Html.ParseAsync(asEditor)).QuerySelector(".draft-banner")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, asReader.StatusCode);
    }

    [Fact]
    public async Task A_form_posted_over_plain_http_gets_a_4xx_not_a_server_error()
    {
        await _factory.CreateEditorAsync();
        var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost/") });

        var page = await client.GetAsync("/editor/login");
        var post = await client.SubmitAsync(await Html.ParseAsync(page), "main form",
            new Dictionary<string, string> { ["Input.Email"] = EditorSignIn.Email, ["Input.Password"] = EditorSignIn.Password });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.InRange((int)post.StatusCode, 200, 499);
    }

    private static Task<HttpResponseMessage> SendWithCookieAsync(HttpClient client, string url, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request);
    }
}
