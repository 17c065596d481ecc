using System.Security.Claims;

namespace SexWorkResourceHub.Web.Content;

/// <summary>Decides what a request may see: unpublished articles show in Development and to signed-in editors.</summary>
public sealed class ContentAudienceProvider(IHostEnvironment environment, TimeProvider time)
{
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public ContentAudience For(ClaimsPrincipal user) =>
        new(Today, environment.IsDevelopment() || user.Identity?.IsAuthenticated == true);

    /// <summary>What an anonymous reader in this environment sees (feeds, sitemap, search index).</summary>
    public ContentAudience Public => new(Today, environment.IsDevelopment());
}
