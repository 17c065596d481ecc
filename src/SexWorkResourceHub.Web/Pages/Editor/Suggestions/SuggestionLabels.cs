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

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["name"] = "Name",
        ["kind"] = "Kind",
        ["description"] = "What it does and who it is for",
        ["url"] = "Web address",
        ["place"] = "Where",
        ["phone"] = "Phone",
        ["title"] = "Event name",
        ["start"] = "When it starts (the organiser's local time)",
        ["time_zone"] = "Time zone",
        ["participation"] = "How people take part",
        ["how_to_join"] = "How to join",
        ["about"] = "About (address on this site)",
        ["about_title"] = "About",
        ["problem"] = "What is wrong or out of date",
    };

    /// <summary>The form's own words for one of a suggestion's fields ("Web address" for url).</summary>
    public static string Field(string key) => Fields.GetValueOrDefault(key) ?? key.Replace('_', ' ');

    public static string Heading(SuggestionKind kind) => kind switch
    {
        SuggestionKind.Resource => "Suggested resource",
        SuggestionKind.Event => "Suggested event",
        _ => "Reported problem",
    };
}
