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
        "/Articles/Article",
        "/Articles/Index",
        "/SitePages/SitePage",
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
                        Template = template.Length == 0 ? language.Code : language.Code + "/" + template,
                    },
                });
            }
        }
    }
}
