using System.Globalization;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Resources;

namespace SexWorkResourceHub.Web.Hsds;

// The directory in HSDS 3.0's shapes (../shared/hsds, docs/operators/open-data.md has the mapping).
// Names are written in snake_case and empty values left out (HsdsJson). Each resource is one service,
// run by one organization of the same name: the directory does not yet record who runs what.

public sealed record HsdsBase(string Version, string Profile, string OpenapiUrl);

/// <summary>HSDS's Page: the header of every list, with its <c>contents</c>.</summary>
public sealed record HsdsPage<T>(int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents);

public sealed record HsdsOrganization(Guid Id, string Name, string Description, string? Website);

public sealed record HsdsPhone(Guid Id, Guid ServiceId, string Number, string Type, string? Description);

public sealed record HsdsLanguage(Guid Id, Guid ServiceId, string Name, string Code);

public sealed record HsdsSchedule(Guid Id, Guid ServiceId, string Description);

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
    HsdsOrganization Organization,
    IReadOnlyList<HsdsPhone>? Phones = null,
    IReadOnlyList<HsdsLanguage>? Languages = null,
    IReadOnlyList<HsdsSchedule>? Schedules = null);

public static class HsdsDocuments
{
    public const string Version = "3.0";

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
        r.LastVerified?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.UpdatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        Organization(r));

    /// <summary>The service with its phones, languages and hours (service_with_definitions.json).</summary>
    public static HsdsService Full(Resource r)
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
            Schedules = r.Hours is null ? [] : [new HsdsSchedule(HsdsIds.Schedule(r.Slug), id, r.Hours)],
        };
    }

    private static void AddPhone(List<HsdsPhone> phones, Resource r, Guid serviceId, string? number, string type, string description)
    {
        if (number is not null)
        {
            phones.Add(new HsdsPhone(HsdsIds.Phone(r.Slug, type), serviceId, number, type, description));
        }
    }
}
