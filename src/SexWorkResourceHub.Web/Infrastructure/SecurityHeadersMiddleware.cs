namespace SexWorkResourceHub.Web.Infrastructure;

/// <summary>
/// Headers on every response that keep readers' browsers to this site alone: a strict content
/// security policy (no inline or eval'd script, nothing from other hosts, no framing), no referrer sent
/// to the sites readers follow links to, no camera, microphone or location, and HTTPS remembered for a
/// year outside Development.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IHostEnvironment environment)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; " +
        "connect-src 'self'; manifest-src 'self'; media-src 'none'; object-src 'none'; base-uri 'none'; " +
        "frame-ancestors 'none'; form-action 'self'";

    public const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()";

    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    private readonly bool _development = environment.IsDevelopment();

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers.XFrameOptions = "DENY";
            if (!_development)
            {
                headers.StrictTransportSecurity = StrictTransportSecurity;
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
