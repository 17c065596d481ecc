using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Suggest;

public sealed class EventModel(HubDbContext db, TimeProvider time, SuggestionLimiter limiter) : SuggestPageModel<EventSuggestionInput>(db, time, limiter)
{
    protected override PageMetadata Metadata => new("Suggest an event",
        "Tell the editors about a chat, vigil, training or day of action that belongs in the schedule.",
        "/suggest/event");
}
