namespace SexWorkResourceHub.Web.Pages.Shared;

/// <summary>The "Sharing" section: how a shared link previews in chat apps and social sites.</summary>
public sealed class SharingOptions
{
    public const string Section = "Sharing";

    /// <summary>
    /// When on, every page sends a neutral preview (<see cref="PageMetadata.NeutralPreview"/>), so a link
    /// shared in a chat does not show its topic. Off by default: pages with a content note, get-help and
    /// safe-browsing are neutral anyway.
    /// </summary>
    public bool NeutralPreviews { get; set; }
}
