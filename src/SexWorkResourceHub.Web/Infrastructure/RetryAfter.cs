using System.Globalization;

namespace SexWorkResourceHub.Web.Infrastructure;

/// <summary>A refused request's wait: sent as Retry-After (whole seconds), and said to the reader in minutes.</summary>
public sealed record RetryAfter(TimeSpan Wait)
{
    public int Minutes => Math.Max(1, (int)Math.Ceiling(Wait.TotalMinutes));

    /// <summary>"1 minute", "10 minutes".</summary>
    public string InWords => Minutes == 1 ? Localization.Ui.T("1 minute") : Localization.Ui.T("{0} minutes", Minutes);

    /// <summary>Sets the header and keeps the wait for the error page, which runs after the response is cleared.</summary>
    public void ApplyTo(HttpContext context)
    {
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(Wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        context.Features.Set(this);
    }
}
