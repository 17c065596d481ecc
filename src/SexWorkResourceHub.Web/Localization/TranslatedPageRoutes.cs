using Microsoft.AspNetCore.Mvc.ApplicationModels;
using SexWorkResourceHub.Web.Content;

namespace SexWorkResourceHub.Web.Localization;

/// <summary>
/// Gives each page that has been translated a second address per language, under its prefix:
/// /articles/{slug} is also /es/articles/{slug}. The prefix is a literal segment, so /es never competes
/// with /{slug}; the culture comes from it (<see cref="SiteLocalization"/>).
/// </summary>
public sealed class TranslatedPageRoutes : IPageRouteModelConvention
{
    /// <summary>The pages whose interface text is translated; each joins as its text is.</summary>
    public static readonly IReadOnlySet<string> Pages = new HashSet<string>(StringComparer.Ordinal)
    {
        "/Index",
        "/Articles/Article",
        "/Articles/Index",
        "/SitePages/SitePage",
        "/Resources/Index",
        "/GetHelp/Index",
        "/Events/Index",
        "/Events/Event",
        "/Search/Index",
        "/Suggest/Resource",
        "/Suggest/Event",
        "/Suggest/Correction",
        "/Suggest/Thanks",
    };

    /// <summary>
    /// A page whose address in a language is that language's word rather than the English one: get-help
    /// is /es/pedir-ayuda, the slug of its guidance's translation (content/es/pages/pedir-ayuda.md; a test
    /// keeps the two the same).
    /// </summary>
    public static readonly IReadOnlyDictionary<(string Page, string Language), string> Addresses =
        new Dictionary<(string, string), string>
        {
            [("/GetHelp/Index", "es")] = "es/pedir-ayuda",
        };

    public void Apply(PageRouteModel model)
    {
        if (!Pages.Contains(model.ViewEnginePath))
        {
            return;
        }

        foreach (var selector in model.Selectors.ToList())
        {
            var template = selector.AttributeRouteModel?.Template ?? string.Empty;
            foreach (var language in SiteLanguages.Translations)
            {
                model.Selectors.Add(new SelectorModel
                {
                    AttributeRouteModel = new AttributeRouteModel
                    {
                        Template = Addresses.GetValueOrDefault((model.ViewEnginePath, language.Code))
                            ?? (template.Length == 0 ? language.Code : language.Code + "/" + template),
                    },
                });
            }
        }
    }
}
