namespace SexWorkResourceHub.Web.Data.Entities;

/// <summary>
/// A resource's reader-facing texts in another language (<see cref="Resource.Translations"/>). A field
/// left empty shows the English, marked as English.
/// </summary>
public sealed record ResourceText
{
    public string? Description { get; init; }

    public string? FirstContact { get; init; }

    public string? Hours { get; init; }

    public string? Confidentiality { get; init; }

    public string? Alert { get; init; }

    /// <summary>Whether it holds nothing, so it need not be stored.</summary>
    public bool IsEmpty => Description is null && FirstContact is null && Hours is null && Confidentiality is null && Alert is null;

    /// <summary>How the history shows it: the fields that hold text.</summary>
    public override string ToString() => RecordTextFormat.Fields(
        ("description", Description), ("first contact", FirstContact), ("hours", Hours),
        ("confidentiality", Confidentiality), ("notice", Alert));
}

/// <summary>An event's reader-facing texts in another language (<see cref="Event.Translations"/>).</summary>
public sealed record EventText
{
    public string? Title { get; init; }

    /// <summary>Markdown, as <see cref="Event.Description"/>.</summary>
    public string? Description { get; init; }

    public string? HowToJoin { get; init; }

    public string? Place { get; init; }

    public bool IsEmpty => Title is null && Description is null && HowToJoin is null && Place is null;

    public override string ToString() => RecordTextFormat.Fields(
        ("title", Title), ("description", Description), ("how to take part", HowToJoin), ("place", Place));
}

internal static class RecordTextFormat
{
    public static string Fields(params (string Name, string? Value)[] fields) =>
        string.Join(" | ", fields.Where(f => f.Value is not null).Select(f => $"{f.Name}: {f.Value}"));
}
