using System.Globalization;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Resources;
using YamlDotNet.RepresentationModel;

namespace SexWorkResourceHub.Web.Data.Seeding;

/// <summary>
/// Reads content/data/resources.yaml and events.yaml (format: docs/editors/seed-data.md) into
/// entities, with every problem at its file line. An entry with a problem is left out; the rest load.
/// </summary>
public static class SeedReader
{
    public const string ResourcesFile = "resources.yaml";
    public const string EventsFile = "events.yaml";

    public static readonly string[] ResourceKeys =
    [
        "slug", "name", "kind", "url", "description", "areas", "languages", "sex_worker_led",
        "phone", "text", "tty", "hours", "tags", "last_verified", "status", "alert", "confidentiality",
        "confidentiality_source", "confidentiality_checked", "sex_worker_led_agreed", "minimum_age", "maximum_age",
        "minors_alone", "fees", "interpretation", "first_contact", "schedule", "time_zone",
        .. SiteLanguages.Translations.Select(l => l.Code),
    ];

    /// <summary>The fields a resource's entry may give again under a language's code ("es:").</summary>
    public static readonly string[] ResourceTextKeys = ["description", "first_contact", "hours", "confidentiality", "alert"];

    public static readonly string[] EventKeys =
    [
        "slug", "title", "description", "start", "end", "time_zone", "all_day", "yearly", "participation",
        "place", "how_to_join", "organiser", "url", "series", "status",
        .. SiteLanguages.Translations.Select(l => l.Code),
    ];

    /// <summary>The fields an event's entry may give again under a language's code ("es:").</summary>
    public static readonly string[] EventTextKeys = ["title", "description", "how_to_join", "place"];

    /// <summary>Reads resources.yaml; a last_verified date after <paramref name="today"/> is refused, as no one can have checked then.</summary>
    public static List<Resource> ReadResources(string path, DateOnly today, List<ContentProblem> problems) =>
        ReadEntries(path, "resources", problems, f => ReadResource(f, today), r => r.Slug);

    /// <summary>
    /// Reads events.yaml. <paramref name="checkDescription"/>, when given, returns the problems with a
    /// description's Markdown (links that lead nowhere, unsafe links); each is reported at the
    /// description's line, and the entry still loads.
    /// </summary>
    public static List<Event> ReadEvents(string path, List<ContentProblem> problems, Func<string, IReadOnlyList<string>>? checkDescription = null) =>
        ReadEntries(path, "events", problems, f => ReadEvent(f, checkDescription), e => e.Slug);

    private static List<T> ReadEntries<T>(
        string path, string listKey, List<ContentProblem> problems, Func<YamlFields, T?> read, Func<T, string> slugOf)
        where T : class
    {
        if (!File.Exists(path) && new FileInfo(path).LinkTarget is null)
        {
            return [];
        }

        // Read like any content file: an ordinary file inside the content folder (data/'s parent), at
        // most 1 MB, so a pipe or a link to a device cannot hold up the first start.
        var contentRoot = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(path)))!;
        if (ContentFileReader.ReadText(contentRoot, path, ContentOptions.DefaultMaxFileBytes, out _, out var refused) is not { } text)
        {
            problems.Add(new ContentProblem(path, 1, refused!, true));
            return [];
        }

        var root = YamlLoader.Load(path, text, 1, "the seed file", problems);
        if (root is null)
        {
            return [];
        }

        if (root is not YamlMappingNode mapping
            || !mapping.Children.TryGetValue(new YamlScalarNode(listKey), out var listNode)
            || listNode is not YamlSequenceNode list)
        {
            problems.Add(new ContentProblem(path, 1, $"the file must hold a list under '{listKey}:'", true));
            return [];
        }

        var entries = new List<T>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            if (item is not YamlMappingNode entry)
            {
                problems.Add(new ContentProblem(path, (int)item.Start.Line, "each entry must be a set of 'key: value' fields", true));
                continue;
            }

            var fields = new YamlFields(path, 1, entry, problems);
            var fatalBefore = problems.Count(p => p.Fatal);
            var value = read(fields);
            if (value is null || problems.Count(p => p.Fatal) > fatalBefore)
            {
                continue;
            }

            var slug = slugOf(value);
            if (!slugs.Add(slug))
            {
                fields.AddAt("slug", $"the slug '{slug}' is used by another entry");
                continue;
            }

            entries.Add(value);
        }

        return entries;
    }

    private static Resource? ReadResource(YamlFields f, DateOnly today)
    {
        f.ReportUnknownKeys(ResourceKeys, "field");
        var slug = Slug(f);
        var name = f.String("name", required: true, FieldLimits.Name);
        var kind = f.Choice("kind", EnumNames.All<ResourceKind>(), required: true);
        var url = f.HttpUrl("url", required: false);
        var description = f.String("description", required: true, FieldLimits.Description);
        var led = f.Choice("sex_worker_led", EnumNames.All<SexWorkerLed>(), required: false);
        var phone = Number(f, "phone", "dial", ContactNumbers.CallExamples);
        var text = Number(f, "text", "text", ContactNumbers.TextExamples);
        var verified = f.Date("last_verified", required: false);
        if (verified is { } checkedOn && checkedOn > today)
        {
            f.AddAt("last_verified", $"'last_verified' is {Iso(checkedOn)}, after today ({Iso(today)}): write the day someone last checked these details");
        }

        var resource = new Resource
        {
            Slug = slug ?? string.Empty,
            Name = name ?? string.Empty,
            Description = description ?? string.Empty,
            Url = url,
            Areas = ReadAreas(f),
            Languages = [.. f.Words("languages", code => LanguageList.IsKnown(code) ? null : $"'{code}' is not a language code this site knows; use one of: {LanguageList.Choices}")],
            Tags = [.. f.Words("tags")],
            Phone = phone,
            TextNumber = text,
            Tty = Number(f, "tty", "dial", ContactNumbers.CallExamples),
            Hours = f.String("hours", required: false, FieldLimits.Hours),
            LastVerified = verified,
            Alert = f.String("alert", required: false, FieldLimits.Alert),
            Translations = ReadTranslations(f, ResourceTextKeys, t => new ResourceText
            {
                Description = t.String("description", required: false, FieldLimits.Description),
                FirstContact = t.String("first_contact", required: false, FieldLimits.FirstContact),
                Hours = t.String("hours", required: false, FieldLimits.Hours),
                Confidentiality = t.String("confidentiality", required: false, FieldLimits.Confidentiality),
                Alert = t.String("alert", required: false, FieldLimits.Alert),
            }, t => t.IsEmpty),
        };

        var status = f.Choice("status", EnumNames.All<ResourceStatus>(), required: false);
        resource.Status = EnumNames.TryParse<ResourceStatus>(status, out var s) ? s : ResourceStatus.Active;
        ReadConfidentiality(f, resource, today);
        ReadAccess(f, resource, led, today);

        if (EnumNames.TryParse<ResourceKind>(kind, out var k))
        {
            resource.Kind = k;
        }

        resource.SexWorkerLed = EnumNames.TryParse<SexWorkerLed>(led, out var l) ? l : SexWorkerLed.Unknown;
        if (url is null && phone is null && text is null && f.Has("slug"))
        {
            f.AddAt("slug", "a resource needs a way to reach it: 'url', 'phone' or 'text'");
        }

        return resource;
    }

    private static readonly string[] AreaKeys = ["country", "region", "city"];

    /// <summary>
    /// Where it works: "areas: international", or a list of places, each a country from
    /// <see cref="PlaceList"/>, optionally one of its regions (by code or name, stored as the code), and
    /// optionally a city in that region.
    /// </summary>
    private static List<ServiceArea> ReadAreas(YamlFields f)
    {
        const string Shape = "a place: { country: US }, { country: US, region: OR } or { country: US, region: OR, city: Portland }";
        if (!f.Has("areas"))
        {
            var old = f.Has("region") || f.Has("place") ? " ('region' and 'place' were replaced by 'areas')" : string.Empty;
            f.AddAt("areas", $"'areas' is required{old}: list the places it works in, each {Shape}, or write 'areas: international'");
            return [];
        }

        if (f.IsScalar("areas"))
        {
            var word = f.String("areas", required: false);
            if (!string.Equals(word, "international", StringComparison.OrdinalIgnoreCase))
            {
                f.AddAt("areas", $"'areas' is '{word}': list the places it works in, each {Shape}, or write 'areas: international'");
            }

            return [];
        }

        var areas = new List<ServiceArea>();
        var places = f.Mappings("areas", Shape);
        foreach (var place in places)
        {
            place.ReportUnknownKeys(AreaKeys, "place field");
            var code = place.String("country", required: true, 2);
            if (code is null)
            {
                continue;
            }

            if (ServiceAreaText.CountryOf(code) is not { } country)
            {
                place.AddAt("country", $"'{code}' is not a country this site lists places in; use one of: {string.Join(", ", PlaceList.Countries.Select(c => $"{c.Code} ({c.Name})"))}");
                continue;
            }

            var regionText = place.String("region", required: false);
            var region = ServiceAreaText.RegionOf(country.Code, regionText);
            if (regionText is not null && region is null)
            {
                place.AddAt("region", $"'{regionText}' is not a {country.RegionWord} of {country.InSentence}: write its code, for example {country.Regions[0].Code} for {country.Regions[0].Name}");
                continue;
            }

            var city = ServiceAreaText.CleanCity(place.String("city", required: false, ServiceAreaText.MaxCityLength));
            if (city is not null && region is null)
            {
                place.AddAt("city", $"the city '{city}' needs its {country.RegionWord}: add 'region'");
                continue;
            }

            if (city is not null && city.Contains(',', StringComparison.Ordinal))
            {
                place.AddAt("city", $"'city' is '{city}': write the city alone, with its {country.RegionWord} in 'region'");
                continue;
            }

            var area = new ServiceArea { Country = country.Code, Region = region?.Code, City = city };
            if (areas.Any(a => ServiceAreaText.SamePlace(a, area)))
            {
                place.AddAt("country", $"{area} is listed twice");
                continue;
            }

            areas.Add(area);
        }

        if (places.Count == 0 && f.IsList("areas"))
        {
            f.AddAt("areas", "'areas' is an empty list: list the places it works in, or write 'areas: international'");
        }

        return areas;
    }

    /// <summary>A statement about confidentiality loads only with its source and the day it was read.</summary>
    private static void ReadConfidentiality(YamlFields f, Resource resource, DateOnly today)
    {
        var statement = f.String("confidentiality", required: false, FieldLimits.Confidentiality);
        var source = f.HttpUrl("confidentiality_source", required: false);
        var read = f.Date("confidentiality_checked", required: false);
        if (statement is null)
        {
            if (f.Has("confidentiality_source") || f.Has("confidentiality_checked"))
            {
                f.AddAt(f.Has("confidentiality_source") ? "confidentiality_source" : "confidentiality_checked",
                    "'confidentiality_source' and 'confidentiality_checked' go with a 'confidentiality' statement; add the statement or remove them");
            }

            return;
        }

        if (!f.Has("confidentiality_source"))
        {
            f.AddAt("confidentiality", "a 'confidentiality' statement needs 'confidentiality_source': the web address where the service (or its funder) says it");
        }

        if (!f.Has("confidentiality_checked"))
        {
            f.AddAt("confidentiality", "a 'confidentiality' statement needs 'confidentiality_checked': the day someone read the source");
        }
        else if (read is { } readOn && readOn > today)
        {
            f.AddAt("confidentiality_checked", $"'confidentiality_checked' is {Iso(readOn)}, after today ({Iso(today)}): write the day someone read the source");
        }

        resource.Confidentiality = statement;
        resource.ConfidentialitySource = source;
        resource.ConfidentialityChecked = read;
    }

    /// <summary>Who it serves, what it costs, how to start, when it answers, and whether we may say it is sex worker-led.</summary>
    private static void ReadAccess(YamlFields f, Resource resource, string? led, DateOnly today)
    {
        resource.MinimumAge = f.Int("minimum_age", 0, ResourceAccess.OldestAge);
        resource.MaximumAge = f.Int("maximum_age", 0, ResourceAccess.OldestAge);
        if (resource.MinimumAge > resource.MaximumAge)
        {
            f.AddAt("maximum_age", $"'maximum_age' ({resource.MaximumAge}) is below 'minimum_age' ({resource.MinimumAge})");
        }

        resource.MinorsAlone = f.Bool("minors_alone");
        resource.Fees = f.String("fees", required: false, FieldLimits.Fees);
        resource.Interpretation = f.String("interpretation", required: false, FieldLimits.Interpretation);
        resource.FirstContact = f.String("first_contact", required: false, FieldLimits.FirstContact);

        var zone = f.String("time_zone", required: false, FieldLimits.TimeZone);
        var schedule = f.String("schedule", required: false, FieldLimits.Hours);
        if (OpeningHoursText.Parse(schedule, zone, out var error) is { } hours)
        {
            resource.Schedule = hours;
        }
        else if (zone is null)
        {
            f.AddAt("schedule", error == OpeningHoursText.NoTimeZone
                ? "'schedule' with days and times needs 'time_zone': the IANA zone they are in, for example America/New_York"
                : $"'schedule': {error}");
        }
        else
        {
            f.AddAt(OpeningHoursText.IsAboutTheZone(error!) ? "time_zone" : "schedule", $"'schedule': {error}");
        }

        resource.SexWorkerLedAgreed = f.Date("sex_worker_led_agreed", required: false);
        if (resource.SexWorkerLedAgreed is { } agreed && agreed > today)
        {
            f.AddAt("sex_worker_led_agreed", $"'sex_worker_led_agreed' is {Iso(agreed)}, after today ({Iso(today)}): write the day the group agreed");
        }
        else if (resource.SexWorkerLedAgreed is not null && led is not ("yes" or "no"))
        {
            f.AddAt("sex_worker_led_agreed", "'sex_worker_led_agreed' goes with 'sex_worker_led' set to \"yes\" or \"no\": say what the group agreed we may publish");
        }
    }

    private static Event? ReadEvent(YamlFields f, Func<string, IReadOnlyList<string>>? checkDescription)
    {
        f.ReportUnknownKeys(EventKeys, "field");
        var slug = Slug(f);
        var title = f.String("title", required: true, FieldLimits.Name);
        var allDay = f.Bool("all_day") ?? false;
        var start = f.LocalDateTime("start", required: true);
        var end = f.LocalDateTime("end", required: false);
        var zoneId = f.String("time_zone", required: true, FieldLimits.TimeZone);
        var participation = f.Choice("participation", EnumNames.All<Participation>(), required: true);
        var status = f.Choice("status", EnumNames.All<EventStatus>(), required: false);

        TimeZoneInfo? zone = null;
        if (zoneId is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out zone))
        {
            f.AddAt("time_zone", $"'{zoneId}' is not an IANA time zone (for example America/New_York)");
        }

        var ev = new Event
        {
            Slug = slug ?? string.Empty,
            Title = title ?? string.Empty,
            TimeZone = zoneId ?? "UTC",
            AllDay = allDay,
            Yearly = f.Bool("yearly") ?? false,
            Description = f.String("description", required: false, FieldLimits.EventDescription) ?? string.Empty,
            Place = f.String("place", required: false, FieldLimits.Place),
            HowToJoin = f.String("how_to_join", required: false, FieldLimits.Description),
            Organiser = f.String("organiser", required: false, FieldLimits.Name),
            Url = f.HttpUrl("url", required: false),
            Series = f.String("series", required: false, FieldLimits.Name),
            Participation = EnumNames.TryParse<Participation>(participation, out var p) ? p : Participation.Various,
            Status = EnumNames.TryParse<EventStatus>(status, out var s) ? s : EventStatus.Scheduled,
            Translations = ReadTranslations(f, EventTextKeys, t => new EventText
            {
                Title = t.String("title", required: false, FieldLimits.Name),
                Description = t.String("description", required: false, FieldLimits.EventDescription),
                HowToJoin = t.String("how_to_join", required: false, FieldLimits.Description),
                Place = t.String("place", required: false, FieldLimits.Place),
            }, t => t.IsEmpty),
        };

        if (checkDescription is not null && ev.Description.Length > 0)
        {
            foreach (var message in checkDescription(ev.Description))
            {
                f.AddAt("description", "in the description, " + message, fatal: false);
            }
        }

        foreach (var (language, text) in ev.Translations)
        {
            foreach (var message in checkDescription is null || text.Description is null ? [] : checkDescription(text.Description))
            {
                f.AddAt(language, $"in the description under '{language}', " + message, fatal: false);
            }
        }

        if (ev.Participation == Participation.InPerson && ev.Place is null && participation is not null)
        {
            f.AddAt("place", "an in-person event needs 'place'");
        }

        if (start is null || zone is null)
        {
            return ev;
        }

        var times = EventTimeRules.FromLocal(start.Value, end, allDay, zone, out var error);
        if (times is null)
        {
            f.AddAt(error!.Value.Field, error.Value.Message);
            return ev;
        }

        (ev.Start, ev.End) = times.Value;
        return ev;
    }

    /// <summary>The entry's texts under each of the site's other languages ("es:"), leaving out a language given nothing.</summary>
    private static Dictionary<string, T> ReadTranslations<T>(
        YamlFields f, IReadOnlyCollection<string> keys, Func<YamlFields, T> read, Func<T, bool> isEmpty)
    {
        var translations = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var language in SiteLanguages.Translations)
        {
            if (f.Mapping(language.Code, $"the entry's texts in {language.EnglishName}, as 'key: value' fields ({string.Join(", ", keys)})") is not { } fields)
            {
                continue;
            }

            fields.ReportUnknownKeys(keys, $"field under '{language.Code}'");
            var text = read(fields);
            if (!isEmpty(text))
            {
                translations[language.Code] = text;
            }
        }

        return translations;
    }

    /// <summary>
    /// A phone, text or TTY number in a form a reader can use as written. A wrong one is still returned,
    /// so the entry (left out for its problem) is not also reported as having no way to reach it.
    /// </summary>
    private static string? Number(YamlFields f, string key, string verb, string examples)
    {
        var number = f.String(key, required: false, FieldLimits.Phone);
        if (number is not null && !ContactNumbers.IsDialable(number))
        {
            f.AddAt(key, $"'{key}' must be a number a reader can {verb} ({examples}), not '{number}'");
        }

        return number;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Slug(YamlFields f)
    {
        var slug = f.String("slug", required: true, FieldLimits.Slug);
        if (slug is not null && !ContentFileParser.SlugPattern().IsMatch(slug))
        {
            f.AddAt("slug", $"'{slug}' is not a slug: use lowercase letters, digits and single hyphens");
            return null;
        }

        return slug;
    }
}
