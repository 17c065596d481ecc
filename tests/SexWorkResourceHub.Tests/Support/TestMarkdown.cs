using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Infrastructure;

namespace SexWorkResourceHub.Tests.Support;

/// <summary>The site's Markdown renderer outside the site, with the base URL the in-process site uses.</summary>
internal static class TestMarkdown
{
    public static MarkdownRenderer Renderer() => new(Options.Create(new SiteOptions { BaseUrl = "https://hub.example" }));
}
