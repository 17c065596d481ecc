using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Caching;
using SexWorkResourceHub.Web.Pages.Shared;
using SexWorkResourceHub.Web.Resources;
using SexWorkResourceHub.Web.Localization;
using SexWorkResourceHub.Web.Content;

namespace SexWorkResourceHub.Web.Pages.Resources;

public sealed class IndexModel(HubDbContext db, IOptions<SiteOptions> site) : SitePageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    [TypedText]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Led { get; set; }

    public IReadOnlyList<ResourceGroup> Groups { get; private set; } = [];

    public int Count { get; private set; }

    /// <summary>The "Where" list, by country: only places some listed resource works in.</summary>
    public IReadOnlyList<PlaceGroup> Places { get; private set; } = [];

    public IReadOnlyList<string> Languages { get; private set; } = [];

    public Dictionary<string, string> Errors { get; private set; } = [];

    public bool IsFiltered { get; private set; }

    /// <summary>The search text with its misspelt words corrected, when the reader's own matched nothing and this did.</summary>
    public string? Suggestion { get; private set; }

    /// <summary>This page with the corrected text in place of the typed one, and every other filter kept.</summary>
    public string SuggestionUrl => QueryHelpers.AddQueryString(SiteLanguages.InLanguage("/resources", PageLanguage),
        Request.Query.Where(p => p.Key != "q").SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v)))
            .Append(KeyValuePair.Create("q", Suggestion)));

    /// <summary>The kinds the directory has entries of; the filter offers no kind that would show nothing.</summary>
    public IReadOnlyList<ResourceKind> KindChoices { get; private set; } = [];

    /// <summary>The sex worker-led values some group agreed we may publish; the filter offers only these.</summary>
    public IReadOnlyList<SexWorkerLed> LedChoices { get; private set; } = [];

    private ResourceFilter _filter = new();

    /// <summary>Whether the reader chose this place (also when the link named it the old way, "national").</summary>
    public bool IsChosen(PlaceChoice choice) => _filter.Chooses(choice.Value);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await db.Resources.Listed().AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken);
        Places = PlaceChoices.From(all);
        Languages = [.. all.SelectMany(r => r.Languages).Distinct().OrderBy(ResourceLabels.Language, StringComparer.OrdinalIgnoreCase)];
        LedChoices = [.. all.Select(r => r.PublicSexWorkerLed).Where(l => l != SexWorkerLed.Unknown).Distinct().Order()];
        // Kinds with entries, and the one asked for (an old link) so the form shows what is applied.
        KindChoices = [.. all.Select(r => r.Kind)
            .Concat(EnumNames.TryParse<ResourceKind>(Blank(Kind), out var asked) ? [asked] : [])
            .Distinct().Order()];
        Meta = new PageMetadata(Ui.T("Resources"),
            Ui.T("Support services, hotlines, legal help, research and advocacy groups for sex workers and trafficking survivors, each with how to reach it."),
            SiteLanguages.InLanguage("/resources", PageLanguage))
        {
            Languages = InEveryLanguage("/resources"),
        };

        var filter = new ResourceFilter
        {
            Text = Blank(Text),
            Kind = Blank(Kind),
            Region = Blank(Region),
            Language = Blank(Language),
            Led = Blank(Led),
        };
        _filter = filter;
        IsFiltered = !filter.IsEmpty;
        Errors = filter.Validate([.. Places.SelectMany(g => g.Choices).Select(c => c.Value)], [.. Languages]);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var matches = all.Where(filter.Matches).ToList();
        if (matches.Count == 0 && filter.Corrected([.. all.Where((filter with { Text = null }).Matches)]) is { } corrected)
        {
            // A misspelt word finds what its correction finds, under a "Did you mean" that says so.
            matches = [.. all.Where(corrected.Matches)];
            Suggestion = matches.Count > 0 ? corrected.Text : null;
        }

        Count = matches.Count;
        Groups = [.. matches
            .GroupBy(r => r.Kind)
            .OrderBy(g => g.Key)
            .Select(g => new ResourceGroup(g.Key, [.. g]))];
        Meta = Meta with
        {
            StructuredData = StructuredData.Directory(site.Value.Absolute(SiteLanguages.InLanguage("/resources", PageLanguage)), Groups.SelectMany(g => g.Resources)),
        };
        return Page();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The resources of one kind, as the directory lists them.</summary>
public sealed record ResourceGroup(ResourceKind Kind, IReadOnlyList<Resource> Resources);
