using System.ComponentModel.DataAnnotations;

namespace SexWorkResourceHub.Web.Links;

/// <summary>The "LinkChecking" section: how `check-links` asks, and whether the site checks on its own.</summary>
public sealed class LinkCheckOptions
{
    public const string Section = "LinkChecking";

    /// <summary>How long one request may take before it counts as no answer.</summary>
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 15;

    /// <summary>How many addresses are asked at once; small, so no site sees a burst from us.</summary>
    [Range(1, 16)]
    public int Concurrency { get; set; } = 4;

    /// <summary>Sent with every request, so a site's owner can see who is asking and why.</summary>
    [Required]
    public string UserAgent { get; set; } = "SexWorkResourceHub-LinkCheck/1.0 (checks that the directory's links still work)";

    /// <summary>Off by default: when on, the site itself makes outbound requests on a timer (docs/operators/link-checking.md).</summary>
    public bool ScheduleEnabled { get; set; }

    /// <summary>Hours between scheduled checks.</summary>
    [Range(1, 24 * 30)]
    public int ScheduleHours { get; set; } = 24 * 7;
}
