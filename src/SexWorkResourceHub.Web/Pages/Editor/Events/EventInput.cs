using System.ComponentModel.DataAnnotations;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Pages.Editor.Resources;

namespace SexWorkResourceHub.Web.Pages.Editor.Events;

/// <summary>The event form as typed. Times are the organiser's local time in <see cref="TimeZone"/>.</summary>
public sealed class EventInput : IValidatableObject, IRecordInput
{
    [StringLength(FieldLimits.Slug, ErrorMessage = "The address name can be at most {1} characters.")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Use lowercase letters, digits and single hyphens in the address name, or leave it empty to make one from the title.")]
    [Display(Name = "Address name (slug)")]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "Enter the event's title.")]
    [StringLength(FieldLimits.Name, ErrorMessage = "The title can be at most {1} characters.")]
    public string? Title { get; set; }

    [StringLength(FieldLimits.EventDescription, ErrorMessage = "The description can be at most {1} characters.")]
    [Display(Name = "Description (Markdown)")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Enter when it starts.")]
    [Display(Name = "Starts (local time)")]
    public DateTime? Start { get; set; }

    [Display(Name = "Ends (local time, optional)")]
    public DateTime? End { get; set; }

    [Required(ErrorMessage = "Enter the organiser's time zone, for example America/New_York.")]
    [StringLength(FieldLimits.TimeZone)]
    [Display(Name = "Time zone")]
    public string? TimeZone { get; set; } = "America/New_York";

    [Display(Name = "All day (a day of observance; the times are ignored)")]
    public bool AllDay { get; set; }

    [Display(Name = "Every year on the same date")]
    public bool Yearly { get; set; }

    // No default: how a reader takes part is the editor's choice, not a guess the form makes for them.
    [Required(ErrorMessage = "Choose how people take part.")]
    [Display(Name = "How people take part")]
    public string? Participation { get; set; }

    [StringLength(FieldLimits.Place, ErrorMessage = "The place can be at most {1} characters.")]
    [Display(Name = "Place (for in-person events)")]
    public string? Place { get; set; }

    [StringLength(FieldLimits.Description, ErrorMessage = "This can be at most {1} characters.")]
    [Display(Name = "How to join, in a sentence or two")]
    public string? HowToJoin { get; set; }

    [StringLength(FieldLimits.Name, ErrorMessage = "The organiser can be at most {1} characters.")]
    public string? Organiser { get; set; }

    [StringLength(FieldLimits.Url, ErrorMessage = "The web address can be at most {1} characters.")]
    [Display(Name = "Web address")]
    public string? Url { get; set; }

    [StringLength(FieldLimits.Name, ErrorMessage = "The series can be at most {1} characters.")]
    public string? Series { get; set; }

    [Required]
    public string? Status { get; set; } = EventStatus.Scheduled.ToKebab();

    /// <summary>The title, place, how to take part and description in each of the site's other languages.</summary>
    [Display(Name = "Texts in other languages")]
    public Dictionary<string, EventTextInput> Translations { get; set; } = TranslationInputs.For<EventText, EventTextInput>(new Dictionary<string, EventText>(), EventTextInput.From);

    /// <summary>Hidden: the version the form was opened at.</summary>
    public int Version { get; set; }

    string? IRecordInput.SlugSource => Title;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TimeZone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone.Trim(), out _))
        {
            yield return new ValidationResult($"'{TimeZone}' is not a time zone name. Use one from the list, such as America/New_York.", [nameof(TimeZone)]);
        }
        else if (Start is not null && Times(out var error) is null && error is { } rule)
        {
            yield return new ValidationResult(char.ToUpperInvariant(rule.Message[0]) + rule.Message[1..] + ".", [rule.Field == "end" ? nameof(End) : nameof(Start)]);
        }

        var knownParticipation = EnumNames.TryParse<Participation>(Participation, out var participation);
        if (Participation is not null && !knownParticipation)
        {
            yield return new ValidationResult("Choose how people take part from the list.", [nameof(Participation)]);
        }
        else if (participation == Data.Entities.Participation.InPerson && string.IsNullOrWhiteSpace(Place))
        {
            yield return new ValidationResult("Say where an in-person event takes place.", [nameof(Place)]);
        }

        if (Status is not null && !EnumNames.TryParse<EventStatus>(Status, out _))
        {
            yield return new ValidationResult("Choose scheduled, cancelled or postponed.", [nameof(Status)]);
        }

        if (!string.IsNullOrWhiteSpace(Url) && !ResourceInput.IsHttpUrl(Url))
        {
            yield return new ValidationResult("Enter a web address that starts with https:// or http://.", [nameof(Url)]);
        }
    }

    public static EventInput From(Event e)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(e.TimeZone);
        DateTime Local(DateTime value) => e.AllDay ? DateTime.SpecifyKind(value, DateTimeKind.Unspecified) : TimeZoneInfo.ConvertTimeFromUtc(value, zone);
        return new EventInput
        {
            Slug = e.Slug,
            Title = e.Title,
            Description = e.Description,
            Start = Local(e.Start),
            End = e.End is { } end ? Local(end) : null,
            TimeZone = e.TimeZone,
            AllDay = e.AllDay,
            Yearly = e.Yearly,
            Participation = e.Participation.ToKebab(),
            Place = e.Place,
            HowToJoin = e.HowToJoin,
            Organiser = e.Organiser,
            Url = e.Url,
            Series = e.Series,
            Status = e.Status.ToKebab(),
            Translations = TranslationInputs.For<EventText, EventTextInput>(e.Translations, EventTextInput.From),
            Version = e.Version,
        };
    }

    /// <summary>A form filled from a public suggestion, for an editor to check before saving.</summary>
    public static EventInput From(Suggestion s) => new()
    {
        Title = s.Field("title"),
        Description = s.Field("description"),
        Start = DateTime.TryParse(s.Field("start"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var start) ? start : null,
        TimeZone = s.Field("time_zone") ?? "America/New_York",
        Participation = EnumNames.TryParse<Participation>(s.Field("participation"), out var p) ? p.ToKebab() : null,
        Place = s.Field("place"),
        HowToJoin = s.Field("how_to_join"),
        Url = s.Field("url"),
    };

    public void ApplyTo(Event e)
    {
        var (start, end) = Times(out _)!.Value;
        e.Title = Title!.Trim();
        e.Description = Description?.Trim() ?? string.Empty;
        e.Start = start;
        e.End = end;
        e.TimeZone = TimeZone!.Trim();
        e.AllDay = AllDay;
        e.Yearly = Yearly;
        e.Participation = EnumNames.TryParse<Participation>(Participation, out var participation) ? participation : e.Participation;
        e.Place = Clean(Place);
        e.HowToJoin = Clean(HowToJoin);
        e.Organiser = Clean(Organiser);
        e.Url = Clean(Url);
        e.Series = Clean(Series);
        e.Status = EnumNames.TryParse<EventStatus>(Status, out var status) ? status : e.Status;
        e.Translations = TranslationInputs.ToTexts(Translations, (EventTextInput t) => t.ToText(), t => t.IsEmpty);
    }

    private (DateTime Start, DateTime? End)? Times(out EventTimeRules.RuleError? error)
    {
        error = null;
        if (Start is not { } start || !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone?.Trim() ?? string.Empty, out var zone))
        {
            return null;
        }

        return EventTimeRules.FromLocal(DateTime.SpecifyKind(start, DateTimeKind.Unspecified),
            End is { } end ? DateTime.SpecifyKind(end, DateTimeKind.Unspecified) : null, AllDay, zone, out error);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
