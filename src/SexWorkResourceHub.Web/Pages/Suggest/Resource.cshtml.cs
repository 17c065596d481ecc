using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Suggest;

public sealed class ResourceModel(HubDbContext db, TimeProvider time, SuggestionLimiter limiter) : SuggestPageModel<ResourceSuggestionInput>(db, time, limiter)
{
    protected override PageMetadata Metadata => new("Suggest a resource",
        "Tell the editors about a support service, hotline, research or group that belongs in the directory, or about a mistake.",
        "/suggest/resource");
}
