using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Caching;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Infrastructure.Methods;

namespace SexWorkResourceHub.Web.Hsds;

/// <summary>
/// The resource directory as open data, read-only, following HSDS 3.0's API reference: /api/hsds/,
/// /api/hsds/services and /api/hsds/organizations, each list paginated, and one record by id. Closed
/// resources go out only when asked for (<c>?status=closed</c>); deleted ones and anything about
/// editors never do.
/// </summary>
public static class HsdsEndpoints
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 100;

    /// <summary>The specification this API follows (the 3.0 line of Open Referral's repository).</summary>
    public const string Profile = "https://github.com/openreferral/specification/tree/3.0";

    private static readonly JsonSerializerOptions Json = HsdsDocuments.Json;

    private static readonly string[] ListQueryKeys = ["page", "per_page", "modified_after", "status"];

    // Named methods, unlike the site's other endpoints (ServesGetAndHead alone): the OpenAPI document
    // lists only endpoints that name theirs. Routing answers any other method with 405 and Allow.
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static void MapHsds(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/hsds");

        api.MapMethods("/", GetAndHead, (IOptions<SiteOptions> site) => Results.Json(new HsdsBase(HsdsDocuments.Version, Profile, site.Value.Absolute(HsdsOpenApi.Path)), Json))
            .CacheAs(CachePolicy.Feed).ServesGetAndHead()
            .WithSummary("Which version of HSDS this API follows, and where its OpenAPI document is").Produces<HsdsBase>();

        api.MapMethods("/services", GetAndHead, async (HttpRequest request, HubDbContext db, CancellationToken cancellationToken) =>
            await ListAsync(request, db, HsdsDocuments.ListItem, cancellationToken))
            .CacheAs(CachePolicy.Feed, ListQueryKeys).ServesGetAndHead()
            .WithSummary("Services, a page at a time, by address name").WithListParameters()
            .Produces<HsdsPage<HsdsService>>().Produces<HsdsProblem>(StatusCodes.Status400BadRequest);

        api.MapMethods("/services/{id:guid}", GetAndHead, async (Guid id, HttpRequest request, HubDbContext db, CancellationToken cancellationToken) =>
            await FindAsync(request, db, r => HsdsIds.Service(r.Slug) == id, async r => HsdsDocuments.Full(r,
                await db.Verifications.AsNoTracking().Where(v => v.ResourceId == r.Id).OrderBy(v => v.CheckedOn).ThenBy(v => v.Id).ToListAsync(cancellationToken)),
                cancellationToken))
            .CacheAs(CachePolicy.Feed, "status").ServesGetAndHead()
            .WithSummary("One service with its phones, languages, schedules and checks").WithStatusParameter()
            .Produces<HsdsService>().Produces<HsdsProblem>(StatusCodes.Status400BadRequest).Produces<HsdsProblem>(StatusCodes.Status404NotFound);

        api.MapMethods("/organizations", GetAndHead, async (HttpRequest request, HubDbContext db, CancellationToken cancellationToken) =>
            await ListAsync(request, db, HsdsDocuments.Organization, cancellationToken))
            .CacheAs(CachePolicy.Feed, ListQueryKeys).ServesGetAndHead()
            .WithSummary("Organizations, a page at a time").WithListParameters()
            .Produces<HsdsPage<HsdsOrganization>>().Produces<HsdsProblem>(StatusCodes.Status400BadRequest);

        api.MapMethods("/organizations/{id:guid}", GetAndHead, async (Guid id, HttpRequest request, HubDbContext db, CancellationToken cancellationToken) =>
            await FindAsync(request, db, r => HsdsIds.Organization(r.Slug) == id, r => Task.FromResult(HsdsDocuments.Organization(r)), cancellationToken))
            .CacheAs(CachePolicy.Feed, "status").ServesGetAndHead()
            .WithSummary("One organization").WithStatusParameter()
            .Produces<HsdsOrganization>().Produces<HsdsProblem>(StatusCodes.Status400BadRequest).Produces<HsdsProblem>(StatusCodes.Status404NotFound);

        endpoints.MapOpenApi(HsdsOpenApi.Pattern).CacheAs(CachePolicy.Feed).ServesGetAndHead()
            .WithMetadata(new HttpMethodMetadata(GetAndHead));
    }

    private static async Task<IResult> ListAsync<T>(HttpRequest request, HubDbContext db, Func<Resource, T> shape, CancellationToken cancellationToken)
    {
        var query = ReadListQuery(request.Query);
        if (query.Problem is not null)
        {
            return Problem(query.Problem);
        }

        var records = Visible(db, request);
        if (query.ModifiedAfter is { } after)
        {
            records = records.Where(r => r.UpdatedAt >= after);
        }

        var total = await records.CountAsync(cancellationToken);
        var page = await records.OrderBy(r => r.Slug).Skip((query.Page - 1) * query.PerPage).Take(query.PerPage).ToListAsync(cancellationToken);
        var pages = (total + query.PerPage - 1) / query.PerPage;
        return Results.Json(
            new HsdsPage<T>(total, pages, query.Page, page.Count, query.Page == 1, query.Page >= pages, total == 0, [.. page.Select(shape)]),
            Json);
    }

    private static async Task<IResult> FindAsync<T>(HttpRequest request, HubDbContext db, Func<Resource, bool> match, Func<Resource, Task<T>> shape, CancellationToken cancellationToken)
    {
        if (!StatusIsValid(request.Query))
        {
            return Problem("The only status that can be asked for is closed.");
        }

        // Ids are made from slugs, so the directory (hundreds of records) is matched in memory.
        var record = (await Visible(db, request).AsNoTracking().ToListAsync(cancellationToken)).FirstOrDefault(match);
        return record is null
            ? Results.Json(new HsdsProblem("Not found", "There is no such record in the open data."), Json, statusCode: StatusCodes.Status404NotFound)
            : Results.Json(await shape(record), Json);
    }

    /// <summary>Not deleted; not closed unless <c>?status=closed</c> asks for closed ones too.</summary>
    private static IQueryable<Resource> Visible(HubDbContext db, HttpRequest request) =>
        request.Query["status"] == "closed" ? db.Resources.AsNoTracking() : db.Resources.AsNoTracking().Where(r => r.Status != ResourceStatus.Closed);

    private static bool StatusIsValid(IQueryCollection query) =>
        !query.TryGetValue("status", out var status) || status is ["closed"];

    private sealed record ListQuery(int Page, int PerPage, DateTime? ModifiedAfter, string? Problem);

    private static ListQuery ReadListQuery(IQueryCollection query)
    {
        if (!StatusIsValid(query))
        {
            return new ListQuery(1, DefaultPerPage, null, "The only status that can be asked for is closed.");
        }

        var page = 1;
        if (query.TryGetValue("page", out var pageText) && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            return new ListQuery(1, DefaultPerPage, null, $"page must be a whole number from 1, not '{pageText}'.");
        }

        var perPage = DefaultPerPage;
        if (query.TryGetValue("per_page", out var perPageText)
            && (!int.TryParse(perPageText, NumberStyles.None, CultureInfo.InvariantCulture, out perPage) || perPage is < 1 or > MaxPerPage))
        {
            return new ListQuery(1, DefaultPerPage, null, $"per_page must be a whole number from 1 to {MaxPerPage}, not '{perPageText}'.");
        }

        DateTime? after = null;
        if (query.TryGetValue("modified_after", out var afterText))
        {
            if (!DateTimeOffset.TryParse(afterText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return new ListQuery(1, DefaultPerPage, null, $"modified_after must be a date, or a date and time such as 2026-11-01T00:00:00Z, not '{afterText}'.");
            }

            after = parsed.UtcDateTime;
        }

        return new ListQuery(page, perPage, after, null);
    }

    private static IResult Problem(string detail) =>
        Results.Json(new HsdsProblem("That request could not be answered", detail), Json, statusCode: StatusCodes.Status400BadRequest);
}
