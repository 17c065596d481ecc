using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.RegularExpressions;
using SexWorkResourceHub.Web.Pages.Editor.Events;
using SexWorkResourceHub.Web.Pages.Editor.Resources;

namespace SexWorkResourceHub.Web.Pages.Editor;

/// <summary>
/// The words an editor knows a field by ("Last checked"), for the history and other editors' pages that
/// would otherwise show the stored name (LastVerified). They are the forms' own labels, so the history
/// reads like the form; a field no form shows gets its name in words ("Deleted at").
/// </summary>
public static partial class FieldLabels
{
    private static readonly Dictionary<string, string> Resource = FromForm(typeof(ResourceInput));

    private static readonly Dictionary<string, string> Event = FromForm(typeof(EventInput));

    /// <summary>The label of <paramref name="field"/> of a record of <paramref name="entityType"/> ("Resource", "Event", ...).</summary>
    public static string Of(string entityType, string field)
    {
        var labels = entityType switch
        {
            nameof(Data.Entities.Resource) => Resource,
            nameof(Data.Entities.Event) => Event,
            _ => null,
        };
        return labels?.GetValueOrDefault(field) ?? InWords(field);
    }

    private static Dictionary<string, string> FromForm(Type input) =>
        input.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => p.Name, p => p.GetCustomAttribute<DisplayAttribute>()?.Name ?? InWords(p.Name), StringComparer.Ordinal);

    /// <summary>"DeletedAt" as "Deleted at".</summary>
    private static string InWords(string name)
    {
        var words = WordStart().Replace(name, " ").Trim();
        return words.Length == 0 ? name : words[..1].ToUpperInvariant() + words[1..].ToLowerInvariant();
    }

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex WordStart();
}
