using System.ComponentModel.DataAnnotations;
using System.Globalization;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Pages.Editor.Resources;

namespace SexWorkResourceHub.Web.Pages.Suggest;

/// <summary>Fields every suggestion form has: an optional contact, and a honeypot that people never see.</summary>
public abstract class SuggestionInput : IValidatableObject
{
    [StringLength(FieldLimits.Contact, ErrorMessage = "The contact can be at most {1} characters.")]
    [Display(Name = "Your email or phone (optional)")]
    public string? Contact { get; set; }

    /// <summary>Hidden from people; automated spam fills it in.</summary>
    public string? Homepage { get; set; }

    [StringLength(FieldLimits.Url, ErrorMessage = "The web address can be at most {1} characters.")]
    [Display(Name = "Web address")]
    public string? Url { get; set; }

    public virtual IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Url) && !ResourceInput.IsHttpUrl(Url))
        {
            yield return new ValidationResult(Localization.Ui.T("Enter a web address that starts with https:// or http://."), [nameof(Url)]);
        }
    }

    public abstract SuggestionKind Kind { get; }

    /// <summary>The fields as the editors' review page and accept form read them.</summary>
    public abstract Dictionary<string, string> Fields();

    protected static void Add(Dictionary<string, string> fields, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            fields[key] = value.Trim();
        }
    }
}

public sealed class ResourceSuggestionInput : SuggestionInput
{
    [Required(ErrorMessage = "Enter the name of the organization or resource.")]
    [StringLength(FieldLimits.Name, ErrorMessage = "The name can be at most {1} characters.")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "What kind of resource is it? (optional)")]
    public string? ResourceKind { get; set; }

    [Required(ErrorMessage = "Say what it does and who it is for.")]
    [StringLength(FieldLimits.Description, ErrorMessage = "This can be at most {1} characters.")]
    [Display(Name = "What it does and who it is for")]
    public string? Description { get; set; }

    [StringLength(FieldLimits.Place, ErrorMessage = "The place can be at most {1} characters.")]
    [Display(Name = "Where it works (optional)")]
    public string? Place { get; set; }

    [StringLength(FieldLimits.Phone, ErrorMessage = "The phone number can be at most {1} characters.")]
    [Display(Name = "Its phone number (optional)")]
    public string? Phone { get; set; }

    public override SuggestionKind Kind => SuggestionKind.Resource;

    public override IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var result in base.Validate(validationContext))
        {
            yield return result;
        }

        if (!string.IsNullOrEmpty(ResourceKind) && !EnumNames.TryParse<ResourceKind>(ResourceKind, out _))
        {
            yield return new ValidationResult(Localization.Ui.T("Choose a kind from the list, or leave it empty."), [nameof(ResourceKind)]);
        }
    }

    public override Dictionary<string, string> Fields()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(fields, "name", Name);
        Add(fields, "kind", ResourceKind);
        Add(fields, "description", Description);
        Add(fields, "url", Url);
        Add(fields, "place", Place);
        Add(fields, "phone", Phone);
        return fields;
    }
}

public sealed class EventSuggestionInput : SuggestionInput
{
    [Required(ErrorMessage = "Enter the event's name.")]
    [StringLength(FieldLimits.Name, ErrorMessage = "The name can be at most {1} characters.")]
    [Display(Name = "Event name")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Enter when it starts.")]
    [Display(Name = "When it starts (the organiser's local time)")]
    public DateTime? Start { get; set; }

    [Required(ErrorMessage = "Choose the time zone the start time is in.")]
    [Display(Name = "Time zone")]
    public string? TimeZone { get; set; } = "America/New_York";

    [Required(ErrorMessage = "Choose how people take part.")]
    [Display(Name = "How people take part")]
    public string? Participation { get; set; }

    [StringLength(FieldLimits.Place, ErrorMessage = "The place can be at most {1} characters.")]
    [Display(Name = "Where (for in-person events)")]
    public string? Place { get; set; }

    [StringLength(FieldLimits.Description, ErrorMessage = "This can be at most {1} characters.")]
    [Display(Name = "How to join (optional)")]
    public string? HowToJoin { get; set; }

    [StringLength(4000, ErrorMessage = "The description can be at most {1} characters.")]
    [Display(Name = "What it is about (optional)")]
    public string? Description { get; set; }

    public override SuggestionKind Kind => SuggestionKind.Event;

    public override IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var result in base.Validate(validationContext))
        {
            yield return result;
        }

        if (TimeZone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult(Localization.Ui.T("Choose a time zone from the list."), [nameof(TimeZone)]);
        }

        if (Participation is not null && !EnumNames.TryParse<Participation>(Participation, out _))
        {
            yield return new ValidationResult(Localization.Ui.T("Choose how people take part from the list."), [nameof(Participation)]);
        }
    }

    public override Dictionary<string, string> Fields()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(fields, "title", Title);
        Add(fields, "start", Start?.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        Add(fields, "time_zone", TimeZone);
        Add(fields, "participation", Participation);
        Add(fields, "place", Place);
        Add(fields, "how_to_join", HowToJoin);
        Add(fields, "url", Url);
        Add(fields, "description", Description);
        return fields;
    }
}

/// <summary>A reader's report of something wrong or out of date, about one resource, article or page.</summary>
public sealed class CorrectionSuggestionInput : SuggestionInput
{
    public const int ProblemLength = 2000;

    /// <summary>What it is about: a path on this site, from the link the reader followed. Kept only when it names something the site has.</summary>
    [StringLength(ReportTarget.MaxPathLength)]
    public string? About { get; set; }

    /// <summary>Worked out by the site from <see cref="About"/>, never typed.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public ReportTarget? Target { get; set; }

    [Required(ErrorMessage = "Say what is wrong or out of date.")]
    [StringLength(ProblemLength, ErrorMessage = "This can be at most {1} characters.")]
    [Display(Name = "What is wrong or out of date?")]
    public string? Problem { get; set; }

    public override SuggestionKind Kind => SuggestionKind.Correction;

    public override Dictionary<string, string> Fields()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(fields, "about", Target?.Path);
        Add(fields, "about_title", Target?.Title);
        Add(fields, "problem", Problem);
        Add(fields, "url", Url);
        return fields;
    }
}
