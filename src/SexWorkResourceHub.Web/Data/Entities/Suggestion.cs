namespace SexWorkResourceHub.Web.Data.Entities;

/// <summary>
/// A resource or event suggested by a member of the public, waiting for an editor. It keeps what the
/// person typed and an optional contact, and nothing about their connection or browser.
/// </summary>
public sealed class Suggestion
{
    public int Id { get; set; }

    public SuggestionKind Kind { get; set; }

    public SuggestionStatus Status { get; set; } = SuggestionStatus.Pending;

    /// <summary>The form's fields by name, exactly as typed (after length limits).</summary>
    public Dictionary<string, string> Fields { get; set; } = [];

    /// <summary>Optional; erased as soon as an editor decides.</summary>
    public string? Contact { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    /// <summary>The resource or event created from it, when accepted.</summary>
    public string? ResultSlug { get; set; }

    public string? EditorNote { get; set; }

    /// <summary>
    /// The random key the form was shown with (<see cref="SuggestionKeys"/>), unique, so the same form
    /// sent twice is stored once. Deleted with the suggestion; null for suggestions sent before keys existed.
    /// </summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>The field's value, or null when it was left empty.</summary>
    public string? Field(string name) => Fields.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}

public enum SuggestionKind
{
    Resource,
    Event,

    /// <summary>A reader's report of a problem with a resource, article or page ("Report a problem with this").</summary>
    Correction,
}

public enum SuggestionStatus
{
    Pending,
    Accepted,
    Rejected,
}
