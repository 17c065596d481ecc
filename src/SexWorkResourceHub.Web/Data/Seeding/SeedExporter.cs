using System.Globalization;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Resources;
using YamlDotNet.Serialization;

namespace SexWorkResourceHub.Web.Data.Seeding;

/// <summary>
/// Writes resources and events in the seed format (docs/editors/seed-data.md), so an export imported
/// into an empty database gives the same records. Event times are written in the organiser's zone.
/// </summary>
public static class SeedExporter
{
    // The seed reader takes every scalar as text, so plain style is safe; YamlDotNet quotes where YAML needs it.
    private static readonly ISerializer Yaml = new SerializerBuilder().DisableAliases().Build();

    public static string Resources(IEnumerable<Resource> resources) =>
        "# Exported from SexWorkResourceHub. Format: docs/editors/seed-data.md\n" +
        Yaml.Serialize(new Dictionary<string, object> { ["resources"] = resources.Select(ResourceFields).ToList() });

    public static string Events(IEnumerable<Event> events) =>
        "# Exported from SexWorkResourceHub. Format: docs/editors/seed-data.md\n" +
        Yaml.Serialize(new Dictionary<string, object> { ["events"] = events.Select(EventFields).ToList() });

    private static Dictionary<string, object> AreaFields(ServiceArea area)
    {
        var fields = new Dictionary<string, object> { ["country"] = area.Country };
        Optional(fields, "region", area.Region);
        Optional(fields, "city", area.City);
        return fields;
    }

    private static Dictionary<string, object> ResourceFields(Resource r)
    {
        var fields = new Dictionary<string, object>
        {
            ["slug"] = r.Slug,
            ["name"] = r.Name,
            ["kind"] = r.Kind.ToKebab(),
            ["description"] = r.Description,
            ["areas"] = r.Areas.Count == 0 ? "international" : (object)r.Areas.Select(AreaFields).ToList(),
            ["languages"] = r.Languages,
            ["sex_worker_led"] = r.SexWorkerLed.ToKebab(),
            ["tags"] = r.Tags,
        };
        Optional(fields, "url", r.Url);
        Optional(fields, "phone", r.Phone);
        Optional(fields, "text", r.TextNumber);
        Optional(fields, "tty", r.Tty);
        Optional(fields, "hours", r.Hours);
        Optional(fields, "last_verified", r.LastVerified?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (r.Status != ResourceStatus.Active)
        {
            fields["status"] = r.Status.ToKebab();
        }

        Optional(fields, "alert", r.Alert);
        Optional(fields, "confidentiality", r.Confidentiality);
        Optional(fields, "confidentiality_source", r.ConfidentialitySource);
        Optional(fields, "confidentiality_checked", r.ConfidentialityChecked?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Optional(fields, "sex_worker_led_agreed", r.SexWorkerLedAgreed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Optional(fields, "minimum_age", r.MinimumAge?.ToString(CultureInfo.InvariantCulture));
        Optional(fields, "maximum_age", r.MaximumAge?.ToString(CultureInfo.InvariantCulture));
        Optional(fields, "minors_alone", r.MinorsAlone is { } alone ? (alone ? "true" : "false") : null);
        Optional(fields, "fees", r.Fees);
        Optional(fields, "interpretation", r.Interpretation);
        Optional(fields, "first_contact", r.FirstContact);
        Optional(fields, "schedule", OpeningHoursText.Format(r.Schedule));
        Optional(fields, "time_zone", r.Schedule.AlwaysOpen ? null : r.Schedule.TimeZone);
        foreach (var (language, text) in r.Translations.Where(t => !t.Value.IsEmpty).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var translated = new Dictionary<string, object>();
            Optional(translated, "description", text.Description);
            Optional(translated, "first_contact", text.FirstContact);
            Optional(translated, "hours", text.Hours);
            Optional(translated, "confidentiality", text.Confidentiality);
            Optional(translated, "alert", text.Alert);
            fields[language] = translated;
        }

        return fields;
    }

    private static Dictionary<string, object> EventFields(Event e)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(e.TimeZone);
        string Local(DateTime value) => e.AllDay
            ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : TimeZoneInfo.ConvertTimeFromUtc(value, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

        var fields = new Dictionary<string, object>
        {
            ["slug"] = e.Slug,
            ["title"] = e.Title,
            ["start"] = Local(e.Start),
            ["time_zone"] = e.TimeZone,
            ["all_day"] = e.AllDay ? "true" : "false",
            ["yearly"] = e.Yearly ? "true" : "false",
            ["participation"] = e.Participation.ToKebab(),
            ["status"] = e.Status.ToKebab(),
        };
        Optional(fields, "end", e.End is { } end ? Local(end) : null);
        Optional(fields, "description", e.Description);
        Optional(fields, "place", e.Place);
        Optional(fields, "how_to_join", e.HowToJoin);
        Optional(fields, "organiser", e.Organiser);
        Optional(fields, "url", e.Url);
        Optional(fields, "series", e.Series);
        foreach (var (language, text) in e.Translations.Where(t => !t.Value.IsEmpty).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var translated = new Dictionary<string, object>();
            Optional(translated, "title", text.Title);
            Optional(translated, "description", text.Description);
            Optional(translated, "how_to_join", text.HowToJoin);
            Optional(translated, "place", text.Place);
            fields[language] = translated;
        }

        return fields;
    }

    private static void Optional(Dictionary<string, object> fields, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            fields[key] = value;
        }
    }
}
