namespace SexWorkResourceHub.Web.Data.Entities;

/// <summary>Who changed what, when: the values before and after, for every change editors make.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>"Resource", "Event", "Suggestion" or "Editor".</summary>
    public required string EntityType { get; set; }

    public int EntityId { get; set; }

    public required string Action { get; set; }

    /// <summary>The editor's email, or "command line" for changes made with a command.</summary>
    public required string ChangedBy { get; set; }

    public DateTime ChangedAt { get; set; }

    /// <summary>Changed fields: name, value before (null when created) and after (null when removed).</summary>
    public List<AuditChange> Changes { get; set; } = [];

    /// <summary>
    /// The resource's or event's <see cref="IEditableRecord.Version"/> after this change, so an editor whose
    /// form is out of date can be shown what was saved since; null for other records and for changes
    /// recorded before versions existed.
    /// </summary>
    public int? RecordVersion { get; set; }
}

/// <summary>One field's value before and after a change.</summary>
public sealed record AuditChange(string Field, string? Before, string? After);
