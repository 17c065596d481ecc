namespace SexWorkResourceHub.Web.Search;

/// <summary>One searchable thing: an article, a page, a resource or an event.</summary>
public sealed record SearchDocument(
    string Key,
    string Kind,
    string Title,
    string Summary,
    string Body,
    string Url,
    bool Draft = false,
    DateOnly? Published = null,
    string Language = Content.SiteLanguages.Default);

/// <summary>One hit, with a snippet that is already safe HTML (encoded text and &lt;mark&gt; only).</summary>
public sealed record SearchHit(string Kind, string Title, string Url, string SnippetHtml);

public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, bool TimedOut)
{
    public static SearchResults None { get; } = new([], 0, false);
}

/// <summary>What the reader may find: drafts and future articles only in Development or for editors; documents in the page's language only.</summary>
public readonly record struct SearchVisibility(DateOnly Today, bool IncludeUnpublished, string Language = Content.SiteLanguages.Default);
