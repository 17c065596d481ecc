using System.ComponentModel.DataAnnotations;

namespace SexWorkResourceHub.Web.Hsds;

/// <summary>The "OpenData" section: the licence the directory's open data is published under.</summary>
public sealed class OpenDataOptions
{
    public const string Section = "OpenData";

    [Required]
    public string LicenseName { get; set; } = "CC BY 4.0";

    /// <summary>Where the licence's text is.</summary>
    [Required]
    [Url]
    public string LicenseUrl { get; set; } = "https://creativecommons.org/licenses/by/4.0/";
}
