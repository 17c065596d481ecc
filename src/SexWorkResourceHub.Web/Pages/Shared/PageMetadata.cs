namespace SexWorkResourceHub.Web.Pages.Shared;

/// <summary>What the layout puts in a page's head: title, description, canonical address and preview type.</summary>
public sealed record PageMetadata(string Title, string Description, string Path)
{
    public static PageMetadata Default { get; } = new(
        "Sex work, trafficking and FOSTA-SESTA, explained",
        "Plain-language explainers on the difference between consensual adult sex work and sex trafficking, with support services and events.",
        "/");

    /// <summary>OpenGraph type: "website", or "article" for explainers.</summary>
    public string OpenGraphType { get; init; } = "website";

    /// <summary>Keeps a page out of search engines (errors, drafts).</summary>
    public bool NoIndex { get; init; }
}
