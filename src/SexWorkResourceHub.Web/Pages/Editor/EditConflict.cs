using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Editors;

namespace SexWorkResourceHub.Web.Pages.Editor;

/// <summary>
/// Why a save was refused: the record was saved by someone else after this editor opened the form.
/// Field by field, what they sent beside what is stored now, and who stored it when.
/// </summary>
/// <param name="Noun">"resource" or "event".</param>
/// <param name="ReloadPath">The record's edit page, which loads what is stored now.</param>
/// <param name="SavedVersion">The version stored now. The form is shown again carrying it, so sending it once more overwrites on purpose.</param>
/// <param name="Fields">The fields saved since the form was opened, in the order the form's model declares them.</param>
/// <param name="SavesSince">The audit entries recorded since the form was opened, newest first; empty when none was.</param>
public sealed record EditConflict(
    string Noun, string ReloadPath, int SavedVersion, IReadOnlyList<ConflictField> Fields, IReadOnlyList<AuditEntry> SavesSince)
{
    /// <summary>Who saved in between, for a sentence.</summary>
    public string SavedBy => WhoSaved(SavesSince);

    /// <summary>The editors of these audit entries, for a sentence, or "Another editor" when there are none.</summary>
    public static string WhoSaved(IReadOnlyList<AuditEntry> entries) => entries.Count == 0
        ? "Another editor"
        : string.Join(" and ", entries.Select(a => a.ChangedBy).Distinct(StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// Compares <paramref name="yours"/> (the form as sent, in the shape a stored record is read back into)
    /// with <paramref name="saved"/> (the stored record, read into a form) over the form's
    /// <paramref name="fields"/>, which share their names with the record's properties the audit trail names.
    /// </summary>
    public static EditConflict Between(string noun, string reloadPath,
        IEnumerable<ModelMetadata> fields, object yours, object saved, int savedVersion, IReadOnlyList<AuditEntry> savesSince)
    {
        var lastSaved = new Dictionary<string, AuditEntry>(StringComparer.Ordinal);
        foreach (var entry in savesSince)
        {
            foreach (var change in entry.Changes)
            {
                lastSaved.TryAdd(change.Field, entry);
            }
        }

        var rows = new List<ConflictField>();
        foreach (var field in fields)
        {
            var name = field.PropertyName!;
            var row = new ConflictField(name, field.GetDisplayName(), Show(field.PropertyGetter!(yours)), Show(field.PropertyGetter(saved)), null, null);
            if (lastSaved.TryGetValue(name, out var entry))
            {
                rows.Add(row with { SavedBy = entry.ChangedBy, SavedAt = entry.ChangedAt });
            }
            else if (savesSince.Count == 0 && row.Differs)
            {
                // The saves in between left no audit entry (made before versions were recorded), so any
                // field that differs may be theirs.
                rows.Add(row);
            }
        }

        return new EditConflict(noun, reloadPath, savedVersion, rows, savesSince);
    }

    private static string? Show(object? value)
    {
        var text = value switch
        {
            null => null,
            string s => s.Trim(),
            bool flag => flag ? "Yes" : "No",
            DateTime moment => moment.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IEnumerable<string> list => string.Join(", ", list.Where(s => !string.IsNullOrWhiteSpace(s)).Order(StringComparer.Ordinal)),
            // The form's place rows, as the history names places ("Portland, Oregon").
            System.Collections.IEnumerable rows => string.Join("; ", rows.Cast<object>().Select(r => r.ToString()).Where(r => !string.IsNullOrWhiteSpace(r))),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        };
        return string.IsNullOrEmpty(text) ? null : text;
    }
}

/// <summary>One field of an <see cref="EditConflict"/>; <see cref="SavedBy"/> is null when the audit trail has no entry for it.</summary>
public sealed record ConflictField(string Name, string Label, string? Yours, string? Saved, string? SavedBy, DateTime? SavedAt)
{
    private const int QuotedLength = 80;

    /// <summary>Saving the form again would change this field back or over what was saved.</summary>
    public bool Differs => !string.Equals(Yours, Saved, StringComparison.Ordinal);

    /// <summary>Beside the field and in the error summary: the saved value, shortened, and whose it is, with the time in the editor's zone.</summary>
    public string Message(TimeZoneInfo zone) => SavedBy is null
        ? $"Saved now as {Quote(Saved)}, not as in your form."
        : $"{SavedBy} saved {Quote(Saved)} here on {EditorTime.Format(zone, SavedAt!.Value)}, after you opened the form.";

    private static string Quote(string? value) => value switch
    {
        null => "nothing (empty)",
        { Length: > QuotedLength } => "“" + value[..(QuotedLength - 1)].TrimEnd() + "…”",
        _ => "“" + value + "”",
    };
}
