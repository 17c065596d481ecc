namespace SexWorkResourceHub.Web.Data.Entities;

/// <summary>A dated event or a yearly observance in the schedule.</summary>
public sealed class Event : IEditableRecord
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    /// <summary>Markdown, rendered through the same safe pipeline as articles.</summary>
    public string Description { get; set; } = string.Empty;

    /// <summary>
    /// Start in UTC. For an all-day event, the first day at midnight with no zone (a floating date),
    /// because a day of observance starts at each reader's own midnight.
    /// </summary>
    public DateTime Start { get; set; }

    /// <summary>End in UTC, or the last day (inclusive) of an all-day event; null when unknown.</summary>
    public DateTime? End { get; set; }

    /// <summary>The organiser's IANA time zone, for example America/New_York.</summary>
    public required string TimeZone { get; set; }

    public bool AllDay { get; set; }

    /// <summary>Recurs on the same date every year (observances).</summary>
    public bool Yearly { get; set; }

    public Participation Participation { get; set; }

    /// <summary>Where, for in-person events.</summary>
    public string? Place { get; set; }

    /// <summary>How to take part, in plain text (for example "Post with the hashtag #MacroSW on Twitter").</summary>
    public string? HowToJoin { get; set; }

    public string? Organiser { get; set; }

    public string? Url { get; set; }

    /// <summary>Events of one series are listed together.</summary>
    public string? Series { get; set; }

    public EventStatus Status { get; set; } = EventStatus.Scheduled;

    /// <summary>The title, description, how to take part and place in the site's other languages, by language code.</summary>
    public Dictionary<string, EventText> Translations { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? DeletedAt { get; set; }

    /// <summary>The concurrency token: see <see cref="IEditableRecord.Version"/>.</summary>
    public int Version { get; set; }
}

/// <summary>How people take part.</summary>
public enum Participation
{
    OnlineChat,
    Stream,
    InPerson,
    OnlineMeeting,

    /// <summary>Marked in many places, online and in person (observances).</summary>
    Various,
}

public enum EventStatus
{
    Scheduled,
    Cancelled,
    Postponed,
}
