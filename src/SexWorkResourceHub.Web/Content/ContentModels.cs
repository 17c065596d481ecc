using System.Collections.Immutable;

namespace SexWorkResourceHub.Web.Content;

/// <summary>A cited source from an article's front matter.</summary>
public sealed record Source(string Title, string Url, string? Publisher, string? Date);

/// <summary>An entry in a document's table of contents (h2 and h3).</summary>
public sealed record TocEntry(int Level, string Id, string Text);

/// <summary>What a content file is.</summary>
public enum ContentKind
{
    Article,
    Page,
}

/// <summary>Fields common to articles and pages, with the rendered body.</summary>
public abstract record ContentItem
{
    public required string Slug { get; init; }

    /// <summary>The language it is written in: <see cref="SiteLanguages.Default"/> for content/articles and content/pages, "es" for content/es/...</summary>
    public string Language { get; init; } = SiteLanguages.Default;

    /// <summary>For a translation, the slug of the item in the default language that it translates (front matter's translation_of).</summary>
    public string? TranslationOf { get; init; }

    public required string Title { get; init; }
    public required string Summary { get; init; }
    public DateOnly? Reviewed { get; init; }

    /// <summary>
    /// When the facts are due to be checked again: front matter's review_by, or a year after the last
    /// review (after publication, for an article never reviewed). Null for a page with neither date.
    /// </summary>
    public DateOnly? ReviewBy { get; init; }

    public required RenderedMarkdown Body { get; init; }

    /// <summary>Path of the file relative to the content folder, with forward slashes (for "Edit this page").</summary>
    public required string SourcePath { get; init; }

    public required DateTimeOffset FileModified { get; init; }

    public abstract string UrlPath { get; }

    /// <summary>True once the review date has passed: the page tells readers, and editors see it listed.</summary>
    public bool IsDueForReview(DateOnly today) => ReviewBy is { } due && due < today;
}

/// <summary>An explainer article from content/articles.</summary>
public sealed record Article : ContentItem
{
    public required DateOnly Published { get; init; }
    public ImmutableArray<string> Tags { get; init; } = [];
    public ImmutableArray<Source> Sources { get; init; } = [];
    public string? ContentNote { get; init; }
    public bool Draft { get; init; }

    /// <summary>Its place on the reading path ("Start here" on /articles), 1 first; null for articles not on it.</summary>
    public int? Order { get; init; }

    public override string UrlPath => SiteLanguages.Prefix(Language) + "/articles/" + Slug;

    /// <summary>The latest of the published and reviewed dates: what a reader would call "last updated".</summary>
    public DateOnly Updated => Reviewed is { } reviewed && reviewed > Published ? reviewed : Published;

    /// <summary>Public readers see an article once it is not a draft and its date has come.</summary>
    public bool IsPublicOn(DateOnly today) => !Draft && Published <= today;
}

/// <summary>A site page from content/pages, served at /{slug} (a translation at /{language}/{slug}).</summary>
public sealed record SitePage : ContentItem
{
    /// <summary>From `neutral_preview: true`: a shared link to it previews without its title or topic.</summary>
    public bool NeutralPreview { get; init; }

    public override string UrlPath => SiteLanguages.Prefix(Language) + "/" + Slug;
}
