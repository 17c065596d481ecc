namespace SexWorkResourceHub.Web.Content;

/// <summary>
/// Who is reading, as far as content visibility goes: public readers see published articles dated
/// today or earlier; in Development, and for signed-in editors, drafts and future dates show too.
/// </summary>
public readonly record struct ContentAudience(DateOnly Today, bool SeesUnpublished)
{
    public bool CanSee(Article article) => SeesUnpublished || article.IsPublicOn(Today);
}
