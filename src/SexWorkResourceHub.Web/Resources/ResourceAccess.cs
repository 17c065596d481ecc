using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Localization;

namespace SexWorkResourceHub.Web.Resources;

/// <summary>Who a resource serves and how to start, as the card reads it. Unknown details are left out, never guessed.</summary>
public static class ResourceAccess
{
    public const int OldestAge = 120;

    /// <summary>"Ages 18 and over", "Ages 13 to 24", "Up to age 24"; null when it sets no age.</summary>
    public static string? Ages(Resource r) => (r.MinimumAge, r.MaximumAge) switch
    {
        (null, null) => null,
        ({ } min, null) => Ui.T("Ages {0} and over", min),
        (null, { } max) => Ui.T("Up to age {0}", max),
        ({ } min, { } max) => Ui.T("Ages {0} to {1}", min, max),
    };

    /// <summary>Whether someone under 18 can use it on their own; null when we don't know or it serves adults only.</summary>
    public static string? Minors(Resource r) => r.MinorsAlone switch
    {
        _ when r.MinimumAge >= 18 => null,
        true => Ui.T("Under-18s can contact it on their own"),
        false => Ui.T("Under-18s need a parent or guardian"),
        null => null,
    };

    /// <summary>"Free", or the service's own description of what it costs.</summary>
    public static string? Cost(Resource r) => r.Fees;

    /// <summary>Whether the card has anything to say under "Who it serves".</summary>
    public static bool HasAny(Resource r) =>
        Ages(r) is not null || Minors(r) is not null || r.Fees is not null || r.Interpretation is not null || r.FirstContact is not null;
}
