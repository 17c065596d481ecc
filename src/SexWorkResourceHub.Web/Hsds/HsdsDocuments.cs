using System.Globalization;
using System.Text.Json;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Resources;

namespace SexWorkResourceHub.Web.Hsds;

// The directory in HSDS 3.0's shapes (../shared/hsds, docs/operators/open-data.md has the mapping).
// Names are written in snake_case and empty values left out (HsdsJson). Each resource is one service,
// run by one organization of the same name: the directory does not yet record who runs what.

public sealed record HsdsBase(string Version, string Profile, string OpenapiUrl);

/// <summary>Why a request was not answered: a short title and what to send instead.</summary>
public sealed record HsdsProblem(string Title, string Detail);

/// <summary>HSDS's Page: the header of every list, with its <c>contents</c>.</summary>
public sealed record HsdsPage<T>(int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents);

public sealed record HsdsOrganization(Guid Id, string Name, string Description, string? Website);

public sealed record HsdsPhone(Guid Id, Guid ServiceId, string Number, string Type, string? Description);

/// <summary>A place the service works in: a country, a state or region, or a city, named in full.</summary>
public sealed record HsdsServiceArea(Guid Id, Guid ServiceId, string Name);

public sealed record HsdsLanguage(Guid Id, Guid ServiceId, string Name, string Code);

/// <summary>A weekly schedule (RFC 5545 terms): the days in <c>byday</c>, open from <c>opens_at</c> to <c>closes_at</c>.</summary>
public sealed record HsdsSchedule(
    Guid Id, Guid ServiceId, string Description, string? Freq = null, string? Byday = null, string? OpensAt = null, string? ClosesAt = null,
    double? Timezone = null, string? Notes = null);

/// <summary>Provenance: a check of the service, naming the checker's role, never the person.</summary>
public sealed record HsdsMetadata(
    Guid Id, Guid ResourceId, string ResourceType, string LastActionDate, string LastActionType, string FieldName,
    string PreviousValue, string ReplacementValue, string UpdatedBy);

/// <summary>One service: in a list without its child arrays (as service_list.json), alone with them.</summary>
public sealed record HsdsService(
    Guid Id,
    Guid OrganizationId,
    string Name,
    string Description,
    string? Url,
    string Status,
    string? Alert,
    string? AssuredDate,
    string LastModified,
    string? InterpretationServices,
    string? ApplicationProcess,
    string? FeesDescription,
    string? EligibilityDescription,
    int? MinimumAge,
    int? MaximumAge,
    HsdsOrganization Organization,
    IReadOnlyList<HsdsPhone>? Phones = null,
    IReadOnlyList<HsdsLanguage>? Languages = null,
    IReadOnlyList<HsdsServiceArea>? ServiceAreas = null,
    IReadOnlyList<HsdsSchedule>? Schedules = null,
    IReadOnlyList<HsdsMetadata>? Metadata = null);

public static class HsdsDocuments
{
    public const string Version = "3.0";

    /// <summary>HSDS's JSON: snake_case names, and empty values left out.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // Served as JSON only, never inside HTML: "&" and apostrophes stay readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>HSDS's status words: a closed resource is defunct.</summary>
    public static string Status(ResourceStatus status) => status switch
    {
        ResourceStatus.TemporarilyClosed => "temporarily closed",
        ResourceStatus.Closed => "defunct",
        _ => "active",
    };

    public static HsdsOrganization Organization(Resource r) =>
        new(HsdsIds.Organization(r.Slug), r.Name, r.Description, r.Url);

    /// <summary>The service as a list item: its own fields and its organization.</summary>
    public static HsdsService ListItem(Resource r) => new(
        HsdsIds.Service(r.Slug),
        HsdsIds.Organization(r.Slug),
        r.Name,
        r.Description,
        r.Url,
        Status(r.Status),
        r.Alert,
        r.LastVerified is { } verified ? Iso(verified) : null,
        r.UpdatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        r.Interpretation,
        r.FirstContact,
        r.Fees,
        Eligibility(r),
        r.MinimumAge,
        r.MaximumAge,
        Organization(r));

    /// <summary>Who it serves, in words: the ages and whether under-18s can come alone, where known.</summary>
    private static string? Eligibility(Resource r) =>
        string.Join(". ", new[] { ResourceAccess.Ages(r), ResourceAccess.Minors(r) }.OfType<string>()) is { Length: > 0 } text ? text + "." : null;

    /// <summary>The service with its phones, languages, hours and checks (service_with_definitions.json).</summary>
    public static HsdsService Full(Resource r, IEnumerable<Verification> checks)
    {
        var id = HsdsIds.Service(r.Slug);
        var phones = new List<HsdsPhone>();
        AddPhone(phones, r, id, r.Phone, "voice", "Call");
        AddPhone(phones, r, id, r.TextNumber, "text", "Text");
        AddPhone(phones, r, id, r.Tty, "textphone", "TTY");
        return ListItem(r) with
        {
            Phones = phones,
            Languages = [.. r.Languages.Select(code => new HsdsLanguage(HsdsIds.Language(r.Slug, code), id, ResourceLabels.Language(code), code))],
            Schedules = Schedules(r, id),
            // None for a service that works across countries: HSDS has no word for "anywhere".
            ServiceAreas = [.. r.Areas.Select(a => new HsdsServiceArea(HsdsIds.ServiceArea(r.Slug, a), id, ServiceAreaText.FullName(a)))],
            Metadata = [.. checks.Select(c => new HsdsMetadata(
                HsdsIds.Metadata(r.Slug, c.Id), id, "service", Iso(c.CheckedOn), "verified", "assured_date", string.Empty, Iso(c.CheckedOn),
                c.Role))],
        };
    }

    private static readonly Dictionary<DayOfWeek, string> ByDay = new()
    {
        [DayOfWeek.Monday] = "MO",
        [DayOfWeek.Tuesday] = "TU",
        [DayOfWeek.Wednesday] = "WE",
        [DayOfWeek.Thursday] = "TH",
        [DayOfWeek.Friday] = "FR",
        [DayOfWeek.Saturday] = "SA",
        [DayOfWeek.Sunday] = "SU",
    };

    /// <summary>
    /// One weekly schedule per distinct opening time, with its days. HSDS gives the zone as a UTC offset; the
    /// offset given is the zone's standard one, and the notes name the zone, whose clocks may change.
    /// </summary>
    private static List<HsdsSchedule> Schedules(Resource r, Guid serviceId)
    {
        var description = OpeningHoursText.Describe(r.Schedule);
        if (r.Schedule.AlwaysOpen)
        {
            return [new HsdsSchedule(HsdsIds.Schedule(r.Slug, "24/7"), serviceId, description!, "WEEKLY", string.Join(',', ByDay.Values), "00:00", "23:59", Notes: r.Hours)];
        }

        if (r.Schedule.Periods.Count == 0)
        {
            return r.Hours is null ? [] : [new HsdsSchedule(HsdsIds.Schedule(r.Slug, "note"), serviceId, r.Hours)];
        }

        var zone = r.Schedule.TimeZone is { } zoneId && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found) ? found : null;
        return [.. r.Schedule.Periods
            .GroupBy(p => (p.Opens, p.Closes))
            .Select(g =>
            {
                var days = string.Join(',', g.Select(p => ByDay[p.Day]));
                var opens = g.Key.Opens.ToString("HH:mm", CultureInfo.InvariantCulture);
                var closes = g.Key.Closes.ToString("HH:mm", CultureInfo.InvariantCulture);
                return new HsdsSchedule(HsdsIds.Schedule(r.Slug, $"{days}/{opens}-{closes}"), serviceId, description!, "WEEKLY", days, opens, closes,
                    zone?.BaseUtcOffset.TotalHours, string.Join(" ", new[] { zone is null ? null : $"Times are in {zone.Id}.", r.Hours }.OfType<string>()));
            })];
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void AddPhone(List<HsdsPhone> phones, Resource r, Guid serviceId, string? number, string type, string description)
    {
        if (number is not null)
        {
            phones.Add(new HsdsPhone(HsdsIds.Phone(r.Slug, type), serviceId, number, type, description));
        }
    }
}
