using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Localization;

namespace SexWorkResourceHub.Web.Resources;

/// <summary>How resource fields read on the page, and how phone numbers become links.</summary>
public static class ResourceLabels
{
    public static string Kind(ResourceKind kind) => kind switch
    {
        ResourceKind.SupportService => Ui.T("Support services"),
        ResourceKind.Hotline => Ui.T("Hotlines and support lines"),
        ResourceKind.LegalHelp => Ui.T("Legal help"),
        ResourceKind.Health => Ui.T("Health"),
        ResourceKind.Research => Ui.T("Research"),
        ResourceKind.Report => Ui.T("Reports"),
        ResourceKind.PodcastOrMedia => Ui.T("Podcasts and media"),
        ResourceKind.AdvocacyGroup => Ui.T("Advocacy groups"),
        _ => kind.ToString(),
    };

    /// <summary>Where it works: "National (US)", "International", "Las Vegas, Nevada and Portland, Oregon".</summary>
    public static string Region(Resource resource) => ServiceAreaText.Describe(resource.Areas);

    /// <summary>What the card says for a published value (<see cref="Resource.PublicSexWorkerLed"/>); nothing where the group has not agreed.</summary>
    public static string? Led(SexWorkerLed led) => led switch
    {
        SexWorkerLed.Yes => Ui.T("Sex worker-led"),
        SexWorkerLed.No => Ui.T("Not sex worker-led"),
        _ => null,
    };

    /// <summary>Kinds a reader contacts and tells things to, whose cards say what the service does with them.</summary>
    public static bool IsContacted(ResourceKind kind) => ContactedKinds.Contains(kind);

    /// <summary>The same kinds as a list, for queries: get-help lists these.</summary>
    public static readonly ResourceKind[] ContactedKinds =
        [ResourceKind.Hotline, ResourceKind.SupportService, ResourceKind.LegalHelp, ResourceKind.Health];

    public static string Status(ResourceStatus status) => status switch
    {
        ResourceStatus.TemporarilyClosed => "Temporarily closed",
        ResourceStatus.Closed => "Closed",
        _ => "Open",
    };

    /// <summary>How a check was made, as a phrase: "On its website".</summary>
    public static string Method(VerificationMethod method) => method switch
    {
        VerificationMethod.Website => "On its website",
        VerificationMethod.Phone => "By phone",
        VerificationMethod.Email => "By email",
        VerificationMethod.InPerson => "In person",
        _ => method.ToString(),
    };

    /// <summary>"English" for "en"; the code itself when it is not on the site's list.</summary>
    public static string Language(string code) => LanguageList.NameOf(code) is { } name ? Ui.T(name) : code;

    /// <summary>A tel: address: US numbers get +1, an international number keeps its +, short codes such as 711 stay as they are.</summary>
    public static string TelHref(string number) => "tel:" + Address(number);

    public static string SmsHref(string number) => "sms:" + Address(number);

    // Numbers saved before the directory checked them may not be dialable forms; their digits (and a
    // leading +) are still the best link there is.
    private static string Address(string number) =>
        ContactNumbers.Dialable(number) ?? (number.TrimStart().StartsWith('+') ? "+" : string.Empty) + new string([.. number.Where(char.IsAsciiDigit)]);

    /// <summary>The host of a URL, for a short link text ("swopusa.org").</summary>
    public static string Host(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.Replace("www.", string.Empty, StringComparison.Ordinal) : url;
}
