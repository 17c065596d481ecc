namespace SexWorkResourceHub.Web.Data.Entities;

/// <summary>A link in the resource directory: a service, hotline, research, or advocacy group.</summary>
public sealed class Resource : IEditableRecord
{
    public int Id { get; set; }

    /// <summary>Stable key for addresses, seed import and export.</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string? Url { get; set; }

    /// <summary>What it is and who it serves, in plain text.</summary>
    public required string Description { get; set; }

    public ResourceKind Kind { get; set; }

    public List<string> Tags { get; set; } = [];

    /// <summary>Where it works: whole countries, states or regions, or cities; none for a resource that works across countries.</summary>
    public List<ServiceArea> Areas { get; set; } = [];

    /// <summary>The widest kind of place it works in, from <see cref="Areas"/>.</summary>
    public RegionScope Scope =>
        Areas.Count == 0 ? RegionScope.International
        : Areas.Any(a => a.City is not null) ? RegionScope.City
        : Areas.Any(a => a.Region is not null) ? RegionScope.State
        : RegionScope.National;

    /// <summary>Language codes the service works in, for example en, es.</summary>
    public List<string> Languages { get; set; } = [];

    /// <summary>What an editor knows; published only with <see cref="SexWorkerLedAgreed"/> (<see cref="PublicSexWorkerLed"/>).</summary>
    public SexWorkerLed SexWorkerLed { get; set; } = SexWorkerLed.Unknown;

    /// <summary>
    /// When the group agreed that the directory may say whether it is led by sex workers. Many groups
    /// withhold this for their members' safety; without the agreement the directory says nothing on it.
    /// </summary>
    public DateOnly? SexWorkerLedAgreed { get; set; }

    /// <summary>What readers, the filter and the open data see: the stored value only where the group agreed.</summary>
    public SexWorkerLed PublicSexWorkerLed => SexWorkerLedAgreed is null ? SexWorkerLed.Unknown : SexWorkerLed;

    /// <summary>The youngest age it serves, where it sets one.</summary>
    public int? MinimumAge { get; set; }

    /// <summary>The oldest age it serves, where it sets one.</summary>
    public int? MaximumAge { get; set; }

    /// <summary>Whether someone under 18 can use it without a parent or guardian; null where we don't know.</summary>
    public bool? MinorsAlone { get; set; }

    /// <summary>"Free", or what it costs, as the service says.</summary>
    public string? Fees { get; set; }

    /// <summary>Interpretation it offers beyond <see cref="Languages"/> ("Interpreters for more than 200 languages").</summary>
    public string? Interpretation { get; set; }

    /// <summary>How to apply, or what happens when someone first calls or writes.</summary>
    public string? FirstContact { get; set; }

    public string? Phone { get; set; }

    public string? TextNumber { get; set; }

    public string? Tty { get; set; }

    /// <summary>When it answers, week by week, in its own time zone; empty when we list no hours.</summary>
    public OpeningHours Schedule { get; set; } = new();

    /// <summary>A note on the hours that the schedule cannot say ("Chat from 3 pm"), with where they are listed.</summary>
    public string? Hours { get; set; }

    /// <summary>Whether it is running. A closed resource leaves the public directory but stays in the data.</summary>
    public ResourceStatus Status { get; set; } = ResourceStatus.Active;

    /// <summary>A short notice for readers, shown on the card ("Text line down until June 3").</summary>
    public string? Alert { get; set; }

    /// <summary>
    /// What the service says it does with what people tell it, above all whether it may pass it to police
    /// or child welfare, in our words. Null where we have no statement; then the card says so.
    /// </summary>
    public string? Confidentiality { get; set; }

    /// <summary>Where the service (or its funder) says it: required with <see cref="Confidentiality"/>.</summary>
    public string? ConfidentialitySource { get; set; }

    /// <summary>When an editor read <see cref="ConfidentialitySource"/>: required with <see cref="Confidentiality"/>.</summary>
    public DateOnly? ConfidentialityChecked { get; set; }

    /// <summary>
    /// The reader-facing texts in the site's other languages, by language code ("es"). A text not given
    /// in a language shows in English there, marked as English.
    /// </summary>
    public Dictionary<string, ResourceText> Translations { get; set; } = [];

    /// <summary>When an editor last checked that the details still hold.</summary>
    public DateOnly? LastVerified { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? DeletedAt { get; set; }

    /// <summary>The concurrency token: see <see cref="IEditableRecord.Version"/>.</summary>
    public int Version { get; set; }
}

/// <summary>What kind of resource it is; the directory groups by this, in this order (help first).</summary>
public enum ResourceKind
{
    Hotline,
    SupportService,
    LegalHelp,
    Health,
    AdvocacyGroup,
    Research,
    Report,
    PodcastOrMedia,
}

/// <summary>Whether a resource is running (HSDS's service status: active, inactive, defunct).</summary>
public enum ResourceStatus
{
    Active,
    TemporarilyClosed,
    Closed,
}

/// <summary>What kind of place a resource works in (<see cref="Resource.Scope"/>).</summary>
public enum RegionScope
{
    National,
    State,
    City,
    International,
}

/// <summary>Whether people who do sex work lead the organisation.</summary>
public enum SexWorkerLed
{
    Unknown,
    Yes,
    No,
}
