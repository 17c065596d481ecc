using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Articles;

/// <summary>
/// An article's JSON-LD, serialized once per parsed article rather than on every page view. Keyed on
/// the article object itself, so an edited file (a new object in a new catalog) gets new data and the
/// old entry goes when the old article is collected.
/// </summary>
public sealed class ArticleStructuredData(IOptions<SiteOptions> site)
{
    private readonly ConditionalWeakTable<Article, string> _byArticle = [];
    private ConditionalWeakTable<Article, string>.CreateValueCallback? _create;

    /// <remarks>The callback is made once: a lambda here would be a new delegate on every page view.</remarks>
    public string For(Article article) =>
        _byArticle.GetValue(article, _create ??= a => StructuredData.Article(a, site.Value));
}
