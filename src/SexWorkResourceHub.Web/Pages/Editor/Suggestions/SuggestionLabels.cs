using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Pages.Editor.Suggestions;

/// <summary>How a suggestion is named in the editors' lists and on its review page.</summary>
public static class SuggestionLabels
{
    /// <summary>"Resource: Night Line", "Event: Vigil", "Problem report: FOSTA-SESTA explained".</summary>
    public static string Of(Suggestion s) => s.Kind switch
    {
        SuggestionKind.Resource => "Resource: " + (s.Field("name") ?? "(no name)"),
        SuggestionKind.Event => "Event: " + (s.Field("title") ?? "(no name)"),
        _ => "Problem report: " + (s.Field("about_title") ?? "(the site in general)"),
    };

    public static string Heading(SuggestionKind kind) => kind switch
    {
        SuggestionKind.Resource => "Suggested resource",
        SuggestionKind.Event => "Suggested event",
        _ => "Reported problem",
    };
}
