// The .resx files beside this class take its full name (SexWorkResourceHub.Web.SharedResource), which is
// where the localizer looks for them.
namespace SexWorkResourceHub.Web;

/// <summary>The interface text every page shares, keyed by its English wording (Localization/SharedResource.*.resx).</summary>
public sealed class SharedResource;
