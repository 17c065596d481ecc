using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Caching;
using SexWorkResourceHub.Web.Infrastructure.Methods;

namespace SexWorkResourceHub.Web.Feeds;

/// <summary>/events.ics (a subscription of every event) and /events/{slug}.ics (one event, to add to a calendar).</summary>
public static class CalendarEndpoints
{
    private const string ContentType = "text/calendar; charset=utf-8";

    public static void MapCalendars(this IEndpointRouteBuilder endpoints)
    {
        // The same calendars under each language's prefix (/es/events.ics), with their text in it.
        foreach (var language in SiteLanguages.All.Select(l => l.Code))
        {
            var prefix = SiteLanguages.Prefix(language);
            endpoints.Map(prefix + "/events.ics", async (HubDbContext db, IOptions<SiteOptions> site, MarkdownRenderer markdown, CancellationToken cancellationToken) =>
            {
                if (!site.Value.Serves(language))
                {
                    return Results.NotFound();
                }

                var events = await db.Events.AsNoTracking().OrderBy(e => e.Start).ToListAsync(cancellationToken);
                return Results.Text(EventCalendar.Write(events, site.Value, markdown, subscription: true, language), ContentType);
            }).CacheAs(CachePolicy.Feed).ServesGetAndHead();

            endpoints.Map(prefix + "/events/{slug:slug}.ics", async (string slug, HubDbContext db, IOptions<SiteOptions> site, MarkdownRenderer markdown, HttpContext context, CancellationToken cancellationToken) =>
            {
                var ev = !site.Value.Serves(language)
                    ? null
                    : await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
                if (ev is null)
                {
                    return Results.NotFound();
                }

                context.Response.Headers.ContentDisposition = $"attachment; filename=\"{slug}.ics\"";
                return Results.Text(EventCalendar.Write([ev], site.Value, markdown, subscription: false, language), ContentType);
            }).CacheAs(CachePolicy.Feed).ServesGetAndHead();
        }
    }
}
