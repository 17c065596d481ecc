using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Pages.Shared;
using SexWorkResourceHub.Web.Search;
using SexWorkResourceHub.Web.Localization;

namespace SexWorkResourceHub.Web.Pages.Search;

public sealed class IndexModel(
    CommonSearchCache search, ISearchIndex index, SearchIndexer indexer, ContentAudienceProvider audiences, IOptions<SearchOptions> options) : SitePageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    public SearchQuery Query { get; private set; } = SearchQuery.Empty;

    public SearchResults Results { get; private set; } = SearchResults.None;

    /// <summary>The query with its misspelt words corrected, when the reader's own found nothing and this did.</summary>
    public SearchQuery? Suggestion { get; private set; }

    public bool Searched => !string.IsNullOrWhiteSpace(Text);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Query = SearchQuery.Parse(Text);
        Meta = new PageMetadata(Searched ? Ui.T("Search: {0}", Query.Text) : Ui.T("Search"), Ui.T("Search the explainers, resources and events."),
            SiteLanguages.InLanguage("/search", PageLanguage))
        {
            NoIndex = Searched,
            Languages = Searched ? new Dictionary<string, string>() : InEveryLanguage("/search"),
        };
        if (Query.IsEmpty)
        {
            return;
        }

        // The request's own token ends the search when the reader goes away; the budget, when it runs long.
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.Value.BudgetMilliseconds);
        try
        {
            await indexer.Ready.WaitAsync(budget.Token);
            var audience = audiences.For(User);
            var visibility = new SearchVisibility(audience.Today, audience.SeesUnpublished, PageLanguage);
            Results = await search.SearchAsync(Query, visibility, PageSize, budget.Token);
            if (Results.Total == 0 && await SearchSpelling.CorrectAsync(index, Query, budget.Token) is { } corrected)
            {
                // "trafficing" finds the trafficking explainers, under a "Did you mean" that says so.
                var found = await search.SearchAsync(corrected, visibility, PageSize, budget.Token);
                if (found.Total > 0)
                {
                    Suggestion = corrected;
                    Results = found;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The budget ran out: the reader is told, rather than kept waiting.
            Results = new SearchResults([], 0, TimedOut: true);
        }
    }
}
