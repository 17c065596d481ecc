using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Editors;

namespace SexWorkResourceHub.Tests.Support;

/// <summary>Editor accounts for tests, created through the real account service and signed in through the real form.</summary>
public static class EditorSignIn
{
    public const string Email = "editor@example.org";
    public const string Password = "correct horse battery staple";

    public static async Task CreateEditorAsync(this HubFactory factory, string email = Email, string password = Password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var problem = await scope.ServiceProvider.GetRequiredService<EditorAccounts>().CreateAsync(email, password, AuditTrail.CommandLine);
        Assert.Null(problem);
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests can see them.</summary>
    public static HttpClient Browser(this HubFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost/") });

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email = Email, string password = Password) =>
        client.SubmitAsync("/editor/login", "main form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>The sign-in cookie from a response, as a Cookie header value.</summary>
    public static string SignInCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie")
            .Select(c => c.Split(';')[0])
            .Single(c => c.StartsWith("__Host-swrh-editor=", StringComparison.Ordinal) && c.Length > "__Host-swrh-editor=".Length);

    /// <summary>A client that sends only the cookies a test gives it.</summary>
    public static HttpClient CookielessBrowser(this HubFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost/") });

    /// <summary>A client signed in as a newly created editor.</summary>
    public static async Task<HttpClient> SignedInEditorAsync(this HubFactory factory)
    {
        await factory.CreateEditorAsync();
        var client = factory.Browser();
        var response = await client.SignInAsync();
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
