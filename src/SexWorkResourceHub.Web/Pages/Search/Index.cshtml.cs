using Microsoft.AspNetCore.Mvc;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Pages.Shared;
using SexWorkResourceHub.Web.Search;

namespace SexWorkResourceHub.Web.Pages.Search;

public sealed class IndexModel(CommonSearchCache search, SearchIndexer indexer, ContentAudienceProvider audiences) : SitePageModel
{
    public const int PageSize = 20;

    /// <summary>Longest a search may run before it is stopped and the reader told.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    public SearchQuery Query { get; private set; } = SearchQuery.Empty;

    public SearchResults Results { get; private set; } = SearchResults.None;

    public bool Searched => !string.IsNullOrWhiteSpace(Text);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Query = SearchQuery.Parse(Text);
        Meta = new PageMetadata(Searched ? $"Search: {Query.Text}" : "Search", "Search the explainers, resources and events.", "/search")
        {
            NoIndex = Searched,
        };
        if (Query.IsEmpty)
        {
            return;
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        try
        {
            await indexer.Ready.WaitAsync(budget.Token);
            var audience = audiences.For(User);
            Results = await search.SearchAsync(Query, new SearchVisibility(audience.Today, audience.SeesUnpublished), PageSize, budget.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The budget ran out: the reader is told, rather than kept waiting.
            Results = new SearchResults([], 0, TimedOut: true);
        }
    }
}
