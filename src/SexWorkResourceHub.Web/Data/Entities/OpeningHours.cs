namespace SexWorkResourceHub.Web.Data.Entities;

/// <summary>
/// When a service answers: around the clock, or a weekly list of opening periods in its own time zone.
/// Stored as JSON on the resource. Neither set means the directory lists no hours.
/// </summary>
public sealed class OpeningHours
{
    /// <summary>24 hours a day, 7 days a week.</summary>
    public bool AlwaysOpen { get; set; }

    /// <summary>The IANA zone the periods are in, for example America/New_York.</summary>
    public string? TimeZone { get; set; }

    public List<OpeningPeriod> Periods { get; set; } = [];

    public bool IsEmpty => !AlwaysOpen && Periods.Count == 0;

    /// <summary>As an editor writes it, with its zone: how the audit trail and the history show it.</summary>
    public override string ToString() =>
        Resources.OpeningHoursText.Format(this) is { } text ? (AlwaysOpen || TimeZone is null ? text : $"{text} ({TimeZone})") : string.Empty;
}

/// <summary>Open on <see cref="Day"/> from <see cref="Opens"/> to <see cref="Closes"/>; a close at or before the opening runs past midnight.</summary>
public sealed record OpeningPeriod(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);
