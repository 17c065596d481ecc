using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Data;

/// <summary>The concurrency token on resources and events, below the pages: what the store itself refuses.</summary>
public sealed class RecordVersionTests
{
    [Fact]
    public Task A_save_based_on_an_older_read_fails_and_keeps_the_first_save() => AssertSecondSaveFails(new TempDatabase());

    [PostgresFact]
    public Task On_postgres_a_save_based_on_an_older_read_fails_and_keeps_the_first_save() => AssertSecondSaveFails(new TempPostgresDatabase());

    private static async Task AssertSecondSaveFails(ITempStore store)
    {
        using (store)
        {
            await using (var db = store.CreateContext())
            {
                await db.Database.MigrateAsync();
                db.AllResources.Add(new Resource { Slug = "line", Name = "Line", Description = "A line.", Hours = "24/7" });
                db.AllEvents.Add(new Event { Slug = "chat", Title = "Chat", TimeZone = "UTC", Start = new DateTime(2030, 5, 1, 0, 0, 0, DateTimeKind.Utc) });
                await db.SaveChangesAsync();
            }

            await using var first = store.CreateContext();
            await using var second = store.CreateContext();
            var (firstResource, secondResource) = (await first.Resources.SingleAsync(), await second.Resources.SingleAsync());
            var (firstEvent, secondEvent) = (await first.Events.SingleAsync(), await second.Events.SingleAsync());

            firstResource.Hours = "Weekdays";
            firstEvent.Title = "Evening chat";
            await first.SaveChangesAsync();
            secondResource.Name = "Renamed line";
            secondEvent.Place = "Online";

            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
            second.Entry(secondResource).State = EntityState.Unchanged;
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

            await using var check = store.CreateContext();
            var resource = await check.Resources.AsNoTracking().SingleAsync();
            var ev = await check.Events.AsNoTracking().SingleAsync();
            Assert.Equal(("Line", "Weekdays", 1), (resource.Name, resource.Hours, resource.Version));
            Assert.Equal(("Evening chat", null, 1), (ev.Title, ev.Place, ev.Version));
        }
    }
}
