using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Infrastructure;

namespace SexWorkResourceHub.Web.Pages.Shared;

/// <summary>
/// <c>&lt;share-link path="/articles/x" /&gt;</c>: the page's full address as a link, which site.js turns
/// into a copy button. Without JavaScript it is a plain link that can be long-pressed or copied.
/// A tag helper rather than a partial view: a partial cost about 2% of an uncached article's time.
/// </summary>
[HtmlTargetElement("share-link", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ShareLinkTagHelper(IOptions<SiteOptions> site, IStringLocalizer<SharedResource> localizer) : TagHelper
{
    /// <summary>The page's path on this site.</summary>
    public required string Path { get; set; }

    /// <summary>What the link is to, when a page has several ("Copy link to Trans Lifeline"); else "this page".</summary>
    public string? Name { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "share");
        output.Content
            .AppendHtml("\n  <a class=\"copy-link\" href=\"").Append(site.Value.Absolute(Path)).AppendHtml("\" data-copy-link>");
        if (Name is null)
        {
            output.Content.Append(localizer["Copy link to this page"]).AppendHtml("</a>");
        }
        else
        {
            // Seen as "Copy link", heard as "Copy link to …", so a list of them can be told apart.
            output.Content.Append(localizer["Copy link"]).AppendHtml("<span class=\"visually-hidden\"> ")
                .Append(localizer["to {0}", Name]).AppendHtml("</span></a>");
        }

        output.Content
            .AppendHtml("\n  <span class=\"copy-status\" role=\"status\" aria-live=\"polite\"></span>\n");
    }
}
