using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// What deciding on a suggestion does. The contact detail is erased at once, as the privacy page
/// promises; the decided suggestion itself is deleted later by <see cref="SuggestionRetention"/>.
/// </summary>
public static class SuggestionDecisions
{
    public static void Accept(Suggestion suggestion, string resultSlug, string editor, TimeProvider time)
    {
        suggestion.Status = SuggestionStatus.Accepted;
        suggestion.ResultSlug = resultSlug;
        Decide(suggestion, editor, time);
    }

    /// <summary>A problem report dealt with: accepted, with no record made from it.</summary>
    public static void Resolve(Suggestion suggestion, string? note, string editor, TimeProvider time)
    {
        suggestion.Status = SuggestionStatus.Accepted;
        suggestion.EditorNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Decide(suggestion, editor, time);
    }

    public static void Reject(Suggestion suggestion, string? note, string editor, TimeProvider time)
    {
        suggestion.Status = SuggestionStatus.Rejected;
        suggestion.EditorNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Decide(suggestion, editor, time);
    }

    private static void Decide(Suggestion suggestion, string editor, TimeProvider time)
    {
        suggestion.DecidedAt = time.GetUtcNow().UtcDateTime;
        suggestion.DecidedBy = editor;
        suggestion.Contact = null;
    }
}
