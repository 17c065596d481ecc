using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Tests.Infrastructure;
using SexWorkResourceHub.Web.Data;

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
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes()
    {
        await _factory.CreateEditorAsync();
        var client = _factory.Browser();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SignInAsync(password: "wrong password " + i)).StatusCode);
        }

        var fifth = await client.SignInAsync(password: "wrong password 5");
        var rightPasswordNow = await client.SignInAsync();

        Assert.Equal(HttpStatusCode.Forbidden, fifth.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, rightPasswordNow.StatusCode);
        Assert.Contains("locked. Try again in 15 minutes", (await Html.ParseAsync(rightPasswordNow)).QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task A_locked_account_opens_again_after_fifteen_minutes()
    {
        var clock = FixedTimeProvider.At("2026-11-22T12:00:00Z");
        using var factory = new HubFactory("Production") { ConfigureTestServices = s => s.AddSingleton<TimeProvider>(clock) };
        await factory.CreateEditorAsync();
        var client = factory.Browser();
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync(password: "wrong password " + i);
        }

        clock.Now = clock.Now.AddMinutes(15).AddSeconds(1);

        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync()).StatusCode);
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
