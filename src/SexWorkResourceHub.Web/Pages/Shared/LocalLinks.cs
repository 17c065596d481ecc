using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Localization;

namespace SexWorkResourceHub.Web.Pages.Shared;

/// <summary>
/// Links from the page being written, in its language (the request's culture, which the address set):
/// <c>@Links.To("/get-help")</c> is /es/pedir-ayuda on a Spanish page. Every view has it as <c>Links</c>.
/// </summary>
public sealed class LocalLinks(ContentCatalog catalog)
{
    public string To(string englishPath) => LanguageLinks.For(catalog.Current, Ui.Language, englishPath);
}
