using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Suggest;

public sealed class EventModel(HubDbContext db, TimeProvider time, SuggestionLimiter limiter) : SuggestPageModel<EventSuggestionInput>(db, time, limiter)
{
    protected override PageMetadata Metadata => new(Localization.Ui.T("Suggest an event"),
        Localization.Ui.T("Tell the editors about a chat, vigil, training or day of action that belongs in the schedule."),
        SiteLanguages.InLanguage("/suggest/event", PageLanguage))
    {
        Languages = InEveryLanguage("/suggest/event"),
    };
}
