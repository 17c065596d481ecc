using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Resources;

namespace SexWorkResourceHub.Web.Pages.Editor.Resources;

/// <summary>The resource form as typed: checked on the server, and shown back with messages beside each field.</summary>
public sealed partial class ResourceInput : IValidatableObject, IRecordInput
{
    [StringLength(FieldLimits.Slug, ErrorMessage = "The address name can be at most {1} characters.")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Use lowercase letters, digits and single hyphens in the address name, or leave it empty to make one from the name.")]
    [Display(Name = "Address name (slug)")]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "Enter the resource's name.")]
    [StringLength(FieldLimits.Name, ErrorMessage = "The name can be at most {1} characters.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Choose what kind of resource it is.")]
    public string? Kind { get; set; }

    [StringLength(FieldLimits.Url, ErrorMessage = "The web address can be at most {1} characters.")]
    [Display(Name = "Web address")]
    public string? Url { get; set; }

    [Required(ErrorMessage = "Say what the resource is and who it serves.")]
    [StringLength(FieldLimits.Description, ErrorMessage = "The description can be at most {1} characters.")]
    public string? Description { get; set; }

    /// <summary>Most places a resource can list; the form shows a blank row or two beyond those it has.</summary>
    public const int MaxAreas = 20;

    [Display(Name = "International: it works across countries")]
    public bool International { get; set; }

    /// <summary>The rows as typed; empty rows are left out when saved.</summary>
    [Display(Name = "Where it works")]
    public List<AreaInput> Areas { get; set; } = [new() { Place = ServiceAreaText.HomeCountry }];

    /// <summary>Codes from <see cref="LanguageList"/>, one per ticked box (blank values are the form's empty marker).</summary>
    [Display(Name = "Languages it works in")]
    public List<string> Languages { get; set; } = ["en"];

    [Required(ErrorMessage = "Choose whether it is sex worker-led.")]
    [Display(Name = "Sex worker-led")]
    public string? SexWorkerLed { get; set; } = Data.Entities.SexWorkerLed.Unknown.ToKebab();

    [Display(Name = "When the group agreed we may say so")]
    [DataType(DataType.Date)]
    public DateOnly? SexWorkerLedAgreed { get; set; }

    [Range(0, ResourceAccess.OldestAge, ErrorMessage = "Enter an age from {1} to {2}.")]
    [Display(Name = "Youngest age it serves")]
    public int? MinimumAge { get; set; }

    [Range(0, ResourceAccess.OldestAge, ErrorMessage = "Enter an age from {1} to {2}.")]
    [Display(Name = "Oldest age it serves")]
    public int? MaximumAge { get; set; }

    /// <summary>"yes", "no" or empty (not known).</summary>
    [Display(Name = "Can under-18s contact it on their own?")]
    public string? MinorsAlone { get; set; }

    [StringLength(FieldLimits.Fees, ErrorMessage = "What it costs can be at most {1} characters.")]
    [Display(Name = "What it costs")]
    public string? Fees { get; set; }

    [StringLength(FieldLimits.Interpretation, ErrorMessage = "The interpretation note can be at most {1} characters.")]
    [Display(Name = "Interpretation")]
    public string? Interpretation { get; set; }

    [StringLength(FieldLimits.FirstContact, ErrorMessage = "What happens first can be at most {1} characters.")]
    [Display(Name = "How to start, or what happens on first contact")]
    public string? FirstContact { get; set; }

    [StringLength(FieldLimits.Hours, ErrorMessage = "The opening hours can be at most {1} characters.")]
    [Display(Name = "Opening hours")]
    public string? Schedule { get; set; }

    [StringLength(FieldLimits.TimeZone)]
    [Display(Name = "Time zone of the hours")]
    public string? ScheduleTimeZone { get; set; }

    [StringLength(FieldLimits.Phone, ErrorMessage = "The phone number can be at most {1} characters.")]
    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    [StringLength(FieldLimits.Phone, ErrorMessage = "The text number can be at most {1} characters.")]
    [Display(Name = "Text number")]
    public string? TextNumber { get; set; }

    [StringLength(FieldLimits.Phone, ErrorMessage = "The TTY number can be at most {1} characters.")]
    [Display(Name = "TTY")]
    public string? Tty { get; set; }

    [StringLength(FieldLimits.Hours, ErrorMessage = "The note on hours can be at most {1} characters.")]
    [Display(Name = "Note on hours")]
    public string? Hours { get; set; }

    [StringLength(300)]
    [Display(Name = "Tags (comma-separated)")]
    public string? Tags { get; set; }

    /// <summary>Shown, not edited: a check recorded below moves it on.</summary>
    [Display(Name = "Last checked")]
    public DateOnly? LastVerified { get; set; }

    [Display(Name = "Checked on")]
    [DataType(DataType.Date)]
    public DateOnly? CheckedOn { get; set; }

    [Display(Name = "How you checked")]
    public string? CheckMethod { get; set; }

    [StringLength(FieldLimits.Note, ErrorMessage = "The note can be at most {1} characters.")]
    [Display(Name = "What you found (editors only)")]
    public string? CheckNote { get; set; }

    [Required(ErrorMessage = "Choose whether it is open.")]
    [Display(Name = "Status")]
    public string? Status { get; set; } = ResourceStatus.Active.ToKebab();

    [StringLength(FieldLimits.Alert, ErrorMessage = "The notice can be at most {1} characters.")]
    [Display(Name = "Notice for readers")]
    public string? Alert { get; set; }

    [StringLength(FieldLimits.Confidentiality, ErrorMessage = "The statement can be at most {1} characters.")]
    [Display(Name = "What it says it does with what people tell it")]
    public string? Confidentiality { get; set; }

    [StringLength(FieldLimits.Url, ErrorMessage = "The source address can be at most {1} characters.")]
    [Display(Name = "Where it says so (web address)")]
    public string? ConfidentialitySource { get; set; }

    [Display(Name = "When you read it")]
    [DataType(DataType.Date)]
    public DateOnly? ConfidentialityChecked { get; set; }

    /// <summary>The reader-facing texts in each of the site's other languages, by language code.</summary>
    [Display(Name = "Texts in other languages")]
    public Dictionary<string, ResourceTextInput> Translations { get; set; } = TranslationInputs.For<ResourceText, ResourceTextInput>(new Dictionary<string, ResourceText>(), ResourceTextInput.From);

    /// <summary>Hidden: the version the form was opened at.</summary>
    public int Version { get; set; }

    string? IRecordInput.SlugSource => Name;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind is not null && !EnumNames.TryParse<ResourceKind>(Kind, out _))
        {
            yield return new ValidationResult("Choose a kind from the list.", [nameof(Kind)]);
        }

        foreach (var problem in AreaProblems())
        {
            yield return problem;
        }

        if (SexWorkerLed is not null && !EnumNames.TryParse<SexWorkerLed>(SexWorkerLed, out _))
        {
            yield return new ValidationResult("Choose yes, no or not known.", [nameof(SexWorkerLed)]);
        }

        if (!string.IsNullOrWhiteSpace(Url) && !IsHttpUrl(Url))
        {
            yield return new ValidationResult("Enter a web address that starts with https:// or http://.", [nameof(Url)]);
        }

        if (string.IsNullOrWhiteSpace(Url) && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(TextNumber))
        {
            yield return new ValidationResult("Give at least one way to reach it: a web address, a phone number or a text number.", [nameof(Url)]);
        }

        if (!string.IsNullOrWhiteSpace(Phone) && !ContactNumbers.IsDialable(Phone))
        {
            yield return new ValidationResult($"Enter a phone number a reader can dial: {ContactNumbers.CallExamples}.", [nameof(Phone)]);
        }

        if (!string.IsNullOrWhiteSpace(TextNumber) && !ContactNumbers.IsDialable(TextNumber))
        {
            yield return new ValidationResult($"Enter a number a reader can text: {ContactNumbers.TextExamples}.", [nameof(TextNumber)]);
        }

        if (!string.IsNullOrWhiteSpace(Tty) && !ContactNumbers.IsDialable(Tty))
        {
            yield return new ValidationResult($"Enter a TTY number a reader can dial: {ContactNumbers.CallExamples}.", [nameof(Tty)]);
        }

        foreach (var code in LanguageCodes().Where(c => !LanguageList.IsKnown(c)))
        {
            yield return new ValidationResult($"'{code}' is not a language this site knows. Tick the languages from the list.", [nameof(Languages)]);
        }

        var today = VerificationCycle.Today(validationContext.GetRequiredService<TimeProvider>());
        foreach (var problem in CheckProblems(today).Concat(AccessProblems(today)))
        {
            yield return problem;
        }

        if (Status is not null && !EnumNames.TryParse<ResourceStatus>(Status, out _))
        {
            yield return new ValidationResult("Choose open, temporarily closed or closed.", [nameof(Status)]);
        }

        foreach (var problem in ConfidentialityProblems(today))
        {
            yield return problem;
        }

        if (Words(Tags).Any(w => !WordPattern().IsMatch(w)))
        {
            yield return new ValidationResult("Write tags as lowercase words with hyphens, separated by commas.", [nameof(Tags)]);
        }
    }

    /// <summary>Each filled row names a place from the list, once; an international resource names none, any other at least one.</summary>
    private IEnumerable<ValidationResult> AreaProblems()
    {
        var filled = Areas.Select((row, i) => (Row: row, Index: i)).Where(r => !r.Row.IsEmpty).ToList();
        if (International)
        {
            if (filled.Count > 0)
            {
                yield return new ValidationResult("An international resource lists no places: clear the places, or untick International.", [nameof(International)]);
            }

            yield break;
        }

        if (filled.Count == 0)
        {
            yield return new ValidationResult("Choose where it works: a country, state or region (and a city, if it works in one), or tick International.", [AreaField(0, nameof(AreaInput.Place))]);
            yield break;
        }

        if (filled.Count > MaxAreas)
        {
            yield return new ValidationResult($"List at most {MaxAreas} places. For a service in more, choose the states or the whole country.", [AreaField(filled[MaxAreas].Index, nameof(AreaInput.Place))]);
        }

        var seen = new List<ServiceArea>();
        foreach (var (row, index) in filled)
        {
            if (row.ToArea(out var problem, out var field) is not { } area)
            {
                yield return new ValidationResult(problem!, [AreaField(index, field)]);
            }
            else if (seen.FirstOrDefault(a => ServiceAreaText.SamePlace(a, area)) is { } first)
            {
                yield return new ValidationResult($"{first} is listed twice: clear one of them.", [AreaField(index, nameof(AreaInput.Place))]);
            }
            else
            {
                seen.Add(area);
            }
        }
    }

    private static string AreaField(int index, string field) => $"{nameof(Areas)}[{index}].{field}";

    /// <summary>The places as saved: the filled rows, in order, once each.</summary>
    private List<ServiceArea> ToAreas()
    {
        var areas = new List<ServiceArea>();
        foreach (var row in International ? [] : Areas.Where(a => !a.IsEmpty))
        {
            if (row.ToArea(out _, out _) is { } area && !areas.Any(a => ServiceAreaText.SamePlace(a, area)))
            {
                areas.Add(area);
            }
        }

        return areas;
    }

    /// <summary>The rows the form shows: those typed, then blank ones, at least three in all and one blank beyond the last filled.</summary>
    public List<AreaInput> RowsToShow()
    {
        var rows = Areas.Take(MaxAreas + 1).ToList();
        while (rows.Count < 3 || !rows[^1].IsEmpty)
        {
            rows.Add(new AreaInput());
        }

        return rows;
    }

    /// <summary>A check needs its day and how it was made; the note is optional.</summary>
    private IEnumerable<ValidationResult> CheckProblems(DateOnly today)
    {
        if (CheckedOn is not { } checkedOn)
        {
            if (!string.IsNullOrWhiteSpace(CheckMethod) || !string.IsNullOrWhiteSpace(CheckNote))
            {
                yield return new ValidationResult("Enter the day you checked these details, or clear how you checked and the note.", [nameof(CheckedOn)]);
            }

            yield break;
        }

        if (checkedOn > today)
        {
            yield return new ValidationResult("The last checked date can't be in the future. Enter the day someone last checked these details.", [nameof(CheckedOn)]);
        }

        if (!EnumNames.TryParse<VerificationMethod>(CheckMethod, out _))
        {
            yield return new ValidationResult("Choose how you checked: on its website, by phone, by email or in person.", [nameof(CheckMethod)]);
        }
    }

    /// <summary>Ages in order, hours that parse, and an agreement only for something the group agreed to.</summary>
    private IEnumerable<ValidationResult> AccessProblems(DateOnly today)
    {
        if (MinimumAge > MaximumAge)
        {
            yield return new ValidationResult("The oldest age can't be below the youngest.", [nameof(MaximumAge)]);
        }

        if (MinorsAlone is not (null or "" or "yes" or "no"))
        {
            yield return new ValidationResult("Choose yes, no or not known.", [nameof(MinorsAlone)]);
        }

        if (OpeningHoursText.Parse(Schedule, ScheduleTimeZone, out var error) is null)
        {
            yield return new ValidationResult(error!, [OpeningHoursText.IsAboutTheZone(error!) ? nameof(ScheduleTimeZone) : nameof(Schedule)]);
        }

        if (SexWorkerLedAgreed is { } agreed)
        {
            if (agreed > today)
            {
                yield return new ValidationResult("The day the group agreed can't be in the future.", [nameof(SexWorkerLedAgreed)]);
            }
            else if (!EnumNames.TryParse<SexWorkerLed>(SexWorkerLed, out var led) || led == Data.Entities.SexWorkerLed.Unknown)
            {
                yield return new ValidationResult("Choose yes or no above for what the group agreed we may say, or clear this date.", [nameof(SexWorkerLedAgreed)]);
            }
        }
    }

    /// <summary>A statement about confidentiality is published only with where it was said and when we read it.</summary>
    private IEnumerable<ValidationResult> ConfidentialityProblems(DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(Confidentiality))
        {
            if (!string.IsNullOrWhiteSpace(ConfidentialitySource) || ConfidentialityChecked is not null)
            {
                yield return new ValidationResult("Write what the service says it does with what people tell it, or clear its source and date.", [nameof(Confidentiality)]);
            }

            yield break;
        }

        if (string.IsNullOrWhiteSpace(ConfidentialitySource))
        {
            yield return new ValidationResult("Give the web address where the service (or its funder) says this. A statement without a source is not published.", [nameof(ConfidentialitySource)]);
        }
        else if (!IsHttpUrl(ConfidentialitySource))
        {
            yield return new ValidationResult("Enter a source address that starts with https:// or http://.", [nameof(ConfidentialitySource)]);
        }

        if (ConfidentialityChecked is not { } read)
        {
            yield return new ValidationResult("Enter the day you read the source.", [nameof(ConfidentialityChecked)]);
        }
        else if (read > today)
        {
            yield return new ValidationResult("The day you read the source can't be in the future.", [nameof(ConfidentialityChecked)]);
        }
    }

    public static ResourceInput From(Resource r) => new()
    {
        Slug = r.Slug,
        Name = r.Name,
        Kind = r.Kind.ToKebab(),
        Url = r.Url,
        Description = r.Description,
        International = r.Areas.Count == 0,
        Areas = [.. r.Areas.Select(AreaInput.From)],
        Languages = [.. r.Languages],
        SexWorkerLed = r.SexWorkerLed.ToKebab(),
        SexWorkerLedAgreed = r.SexWorkerLedAgreed,
        MinimumAge = r.MinimumAge,
        MaximumAge = r.MaximumAge,
        MinorsAlone = r.MinorsAlone switch { true => "yes", false => "no", null => null },
        Fees = r.Fees,
        Interpretation = r.Interpretation,
        FirstContact = r.FirstContact,
        Schedule = OpeningHoursText.Format(r.Schedule),
        ScheduleTimeZone = r.Schedule.TimeZone,
        Phone = r.Phone,
        TextNumber = r.TextNumber,
        Tty = r.Tty,
        Hours = r.Hours,
        Tags = string.Join(", ", r.Tags),
        LastVerified = r.LastVerified,
        Status = r.Status.ToKebab(),
        Alert = r.Alert,
        Confidentiality = r.Confidentiality,
        ConfidentialitySource = r.ConfidentialitySource,
        ConfidentialityChecked = r.ConfidentialityChecked,
        Translations = TranslationInputs.For<ResourceText, ResourceTextInput>(r.Translations, ResourceTextInput.From),
        Version = r.Version,
    };

    /// <summary>A form filled from a public suggestion, for an editor to check before saving.</summary>
    public static ResourceInput From(Suggestion s) => new()
    {
        Name = s.Field("name"),
        Kind = EnumNames.TryParse<ResourceKind>(s.Field("kind"), out var kind) ? kind.ToKebab() : null,
        Url = s.Field("url"),
        Description = s.Field("description"),
        Areas = [FromSuggestedPlace(s.Field("place"))],
        Phone = s.Field("phone"),
    };

    /// <summary>
    /// The row for a place a visitor typed ("Portland, OR"): read into a region and city where it can be, or
    /// left in the city box for the editor to sort out; the whole country when they gave none.
    /// </summary>
    private static AreaInput FromSuggestedPlace(string? place) =>
        place is null ? new AreaInput { Place = ServiceAreaText.HomeCountry }
        : ServiceAreaText.Guess(place) is { } area ? AreaInput.From(area)
        : new AreaInput { City = place };

    /// <summary>Copies the checked values onto the entity (the slug only when it is new).</summary>
    public void ApplyTo(Resource r)
    {
        r.Name = Name!.Trim();
        r.Kind = EnumNames.TryParse<ResourceKind>(Kind, out var kind) ? kind : r.Kind;
        r.Url = Clean(Url);
        r.Description = Description!.Trim();
        r.Areas = ToAreas();
        r.Languages = [.. LanguageCodes()];
        r.SexWorkerLed = EnumNames.TryParse<SexWorkerLed>(SexWorkerLed, out var led) ? led : r.SexWorkerLed;
        r.SexWorkerLedAgreed = r.SexWorkerLed == Data.Entities.SexWorkerLed.Unknown ? null : SexWorkerLedAgreed;
        r.MinimumAge = MinimumAge;
        r.MaximumAge = MaximumAge;
        r.MinorsAlone = MinorsAlone switch { "yes" => true, "no" => false, _ => null };
        r.Fees = Clean(Fees);
        r.Interpretation = Clean(Interpretation);
        r.FirstContact = Clean(FirstContact);
        r.Schedule = OpeningHoursText.Parse(Schedule, ScheduleTimeZone, out _) ?? r.Schedule;
        r.Phone = Clean(Phone);
        r.TextNumber = Clean(TextNumber);
        r.Tty = Clean(Tty);
        r.Hours = Clean(Hours);
        r.Tags = [.. Words(Tags).Distinct()];
        if (CheckedOn is { } checkedOn && (r.LastVerified is null || checkedOn > r.LastVerified))
        {
            r.LastVerified = checkedOn;
        }
        r.Status = EnumNames.TryParse<ResourceStatus>(Status, out var status) ? status : r.Status;
        r.Alert = Clean(Alert);
        r.Confidentiality = Clean(Confidentiality);
        r.ConfidentialitySource = r.Confidentiality is null ? null : Clean(ConfidentialitySource);
        r.ConfidentialityChecked = r.Confidentiality is null ? null : ConfidentialityChecked;
        r.Translations = TranslationInputs.ToTexts(Translations, (ResourceTextInput t) => t.ToText(), t => t.IsEmpty);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private IEnumerable<string> LanguageCodes() =>
        Languages.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim().ToLowerInvariant()).Distinct();

    private static IEnumerable<string> Words(string? list) =>
        (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => w.ToLowerInvariant());

    internal static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex WordPattern();
}
