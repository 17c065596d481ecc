namespace SexWorkResourceHub.Web.Infrastructure;

/// <summary>
/// Headers on every response that keep readers' browsers to this site alone: a strict content
/// security policy (no inline or eval'd script, nothing from other hosts, no framing), no referrer sent
/// to the sites readers follow links to, no camera, microphone or location, and HTTPS remembered for a
/// year outside Development.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IHostEnvironment environment)
{
    /// <summary>
    /// Nothing is allowed unless listed, and the list is what the pages use: one script, one stylesheet,
    /// the icons and the web app manifest from this site, forms that post to it. No fonts, and the script
    /// fetches nothing, so font-src and connect-src fall to 'none'. object-src is said again
    /// because scanners look for it. A page that starts needing more shows as a refusal in the browser
    /// tests (CspViolations), not as a silent gap.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; manifest-src 'self'; object-src 'none'; " +
        "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()";

    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    /// <summary>
    /// The open data (Hsds/): public, read-only and sent without cookies, so any site may read it, as a
    /// caseworkers' tool in a browser must. Everything else stays readable by this site alone.
    /// </summary>
    public const string OpenDataPath = "/api/hsds";

    /// <summary>
    /// Set as the response starts, so an error page that cleared the headers gets them too. The callback
    /// and its values are made once: this runs on every response, cached pages included.
    /// </summary>
    private readonly Func<object, Task> _setHeaders = environment.IsDevelopment() ? SetHeaders : SetHeadersWithHsts;

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(_setHeaders, context.Response);
        return next(context);
    }

    private static Task SetHeaders(object state)
    {
        var response = (HttpResponse)state;
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers.XFrameOptions = "DENY";
        if (response.HttpContext.Request.Path.StartsWithSegments(OpenDataPath, StringComparison.OrdinalIgnoreCase))
        {
            headers["Cross-Origin-Resource-Policy"] = "cross-origin";
            headers.AccessControlAllowOrigin = "*";
        }
        else
        {
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
        }
        return Task.CompletedTask;
    }

    private static Task SetHeadersWithHsts(object state)
    {
        ((HttpResponse)state).Headers.StrictTransportSecurity = StrictTransportSecurity;
        return SetHeaders(state);
    }
}
