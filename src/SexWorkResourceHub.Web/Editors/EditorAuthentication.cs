using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Editors;

/// <summary>Claims in an editor's sign-in cookie.</summary>
public static class EditorClaims
{
    public const string Session = "swrh:session";

    public static int EditorId(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : 0;

    public static string Email(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email) ?? "unknown editor";
}

public static class EditorAuthentication
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    /// <summary>
    /// Editor sign-in: a __Host- cookie (HttpOnly, Secure outside Development, SameSite=Lax) that slides
    /// over 8 hours and names a server-side session; everything under /editor needs it. Data Protection
    /// keys live in the database, so a restart keeps editors signed in and open forms valid, and every
    /// instance of the site behind one address reads the cookies and forms the others wrote.
    /// </summary>
    public static WebApplicationBuilder AddEditors(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<EditorAccounts>();
        builder.Services.AddScoped<SignInThrottling>();
        builder.Services.AddScoped<EditorSessionStore>();
        builder.Services.AddSingleton<IPasswordHasher<Editor>, PasswordHasher<Editor>>();

        builder.Services.AddDataProtection().SetApplicationName("SexWorkResourceHub").PersistKeysToDbContext<HubDbContext>();
        builder.Services.AddAuthentication(Scheme).AddCookie(Scheme);
        builder.Services.AddOptions<CookieAuthenticationOptions>(Scheme).Configure<IHostEnvironment>((options, environment) =>
        {
            var development = environment.IsDevelopment();
            // Browsers refuse a __Host- cookie without Secure, and Development runs on plain http.
            options.Cookie.Name = development ? "swrh-editor" : "__Host-swrh-editor";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.Path = "/";
            options.ExpireTimeSpan = SessionLifetime;
            options.SlidingExpiration = true;
            options.LoginPath = "/editor/login";
            options.LogoutPath = "/editor/logout";
            options.AccessDeniedPath = "/editor/login";
            options.ReturnUrlParameter = "returnUrl";
            options.Events.OnValidatePrincipal = ValidateSessionAsync;
            options.Events.OnRedirectToLogin = WithoutHost(options.Events.OnRedirectToLogin);
            options.Events.OnRedirectToAccessDenied = WithoutHost(options.Events.OnRedirectToAccessDenied);
        });

        builder.Services.AddOptions<AntiforgeryOptions>().Configure<IHostEnvironment>((options, environment) =>
        {
            var development = environment.IsDevelopment();
            options.Cookie.Name = development ? "swrh-af" : "__Host-swrh-af";
            // Secure whenever the request is: with "Always", the antiforgery system throws (a 500) on any
            // form reached over plain http, such as behind a proxy that does not forward the scheme.
            // Over https the cookie is Secure; over http a browser drops the __Host- cookie and the post
            // gets a friendly 400 instead.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
        });

        builder.Services.AddAuthorization();
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Editor");
            options.Conventions.AllowAnonymousToPage("/Editor/Login");
        });

        return builder;
    }

    /// <summary>
    /// The cookie handler builds its redirects from the request's scheme and Host header. A Location of
    /// path and query alone goes back to the address the browser used, whatever Host a request claims,
    /// and keeps an editor on the name they came by (a second address listed in AllowedHosts, say).
    /// </summary>
    private static Func<RedirectContext<CookieAuthenticationOptions>, Task> WithoutHost(
        Func<RedirectContext<CookieAuthenticationOptions>, Task> redirect) =>
        context =>
        {
            if (Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var uri))
            {
                context.RedirectUri = uri.PathAndQuery;
            }

            return redirect(context);
        };

    /// <summary>Signs the editor in with a fresh session.</summary>
    public static async Task SignInAsync(HttpContext context, Editor editor, EditorSessionStore sessions)
    {
        // A sign-in always starts a new session; one this browser already had ends here.
        if (context.User.FindFirstValue(EditorClaims.Session) is { } previous)
        {
            await sessions.EndAsync(previous, context.RequestAborted);
        }

        var sessionId = await sessions.StartAsync(editor.Id, context.RequestAborted);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, editor.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Email, editor.Email),
                new Claim(EditorClaims.Session, sessionId),
            ],
            Scheme);
        await context.SignInAsync(Scheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = false });
    }

    public static async Task SignOutAsync(HttpContext context, EditorSessionStore sessions)
    {
        if (context.User.FindFirstValue(EditorClaims.Session) is { } sessionId)
        {
            await sessions.EndAsync(sessionId, context.RequestAborted);
        }

        await context.SignOutAsync(Scheme);
    }

    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var sessionId = principal?.FindFirstValue(EditorClaims.Session);
        var sessions = context.HttpContext.RequestServices.GetRequiredService<EditorSessionStore>();
        var editor = principal is null || sessionId is null
            ? null
            : await sessions.ActiveAsync(sessionId, EditorClaims.EditorId(principal), context.HttpContext.RequestAborted);
        if (editor is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
            return;
        }

        // Read from the store on each request, so a new choice applies at once.
        EditorTime.Remember(context.HttpContext, editor.TimeZone);
    }
}
