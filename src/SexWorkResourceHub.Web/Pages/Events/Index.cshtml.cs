using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Pages.Shared;
using SexWorkResourceHub.Web.Events;
using SexWorkResourceHub.Web.Localization;
using SexWorkResourceHub.Web.Content;

namespace SexWorkResourceHub.Web.Pages.Events;

public sealed class IndexModel(HubDbContext db, TimeProvider time, IOptions<SiteOptions> site) : SitePageModel
{
    /// <summary>The subscription feed for calendar programs that follow webcal:// links (the same file over https).</summary>
    public string WebcalUrl => "webcal://" + site.Value.Absolute(CalendarPath).Split("://", 2)[1];

    /// <summary>The calendar of every event, in the page's language.</summary>
    public string CalendarPath => SiteLanguages.InLanguage("/events.ics", PageLanguage);

    public IReadOnlyList<EventGroup> Upcoming { get; private set; } = [];

    public IReadOnlyList<EventYear> Past { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        var events = await db.Events.AsNoTracking().ToListAsync(cancellationToken);
        Upcoming = EventSchedule.BySeries(EventSchedule.Upcoming(events, Now));
        Past = EventSchedule.PastByYear(events, Now);
        var listed = Upcoming.SelectMany(g => g.Occurrences).Concat(Past.SelectMany(y => y.Groups).SelectMany(g => g.Occurrences)).Select(o => o.Event).DistinctBy(e => e.Slug);
        var path = SiteLanguages.InLanguage("/events", PageLanguage);
        Meta = new PageMetadata(Ui.T("Events"),
            Ui.T("Chats, vigils and days of observance about sex work, sex workers' rights and trafficking, with times in your zone and calendar files."),
            path)
        {
            Calendar = new CalendarLink(CalendarPath, Ui.T("{0} events", site.Value.Name)),
            StructuredData = StructuredData.ItemList(Ui.T("Events"), site.Value.Absolute(path),
                listed.Select(e => (new EventTexts(e, PageLanguage).Title.Text!, site.Value.Absolute(SiteLanguages.InLanguage("/events/" + e.Slug, PageLanguage))))),
            Languages = InEveryLanguage("/events"),
        };
    }
}
