using Microsoft.Extensions.Localization;

namespace SexWorkResourceHub.Web.Localization;

/// <summary>Interface text in a language other than the page's, such as the offer of a page's translation.</summary>
public static class TextIn
{
    public static string Language(IStringLocalizer localizer, string language, string key) => Ui.In(language, () => localizer[key].Value);
}
