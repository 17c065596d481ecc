using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Infrastructure;

namespace SexWorkResourceHub.Web.Pages.Shared;

/// <summary>
/// <c>&lt;edit-link item="@article" /&gt;</c>: for editors, a link to the page's file in the content
/// repository; nothing at all when <c>Site:RepositoryUrl</c> is not set.
/// </summary>
[HtmlTargetElement("edit-link", TagStructure = TagStructure.WithoutEndTag)]
public sealed class EditLinkTagHelper(IOptions<SiteOptions> site) : TagHelper
{
    public required ContentItem Item { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (site.Value.RepositoryUrl is not { Length: > 0 } repository)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "edit-page");
        output.Content
            .AppendHtml("For editors: <a href=\"").Append($"{repository.TrimEnd('/')}/content/{Item.SourcePath}")
            .AppendHtml("\" rel=\"noopener noreferrer\">edit this page in the content repository</a>.");
    }
}
