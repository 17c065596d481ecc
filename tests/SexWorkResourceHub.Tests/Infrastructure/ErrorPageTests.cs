using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Infrastructure;

public sealed class ErrorPageTests
{
    /// <summary>Makes a page fail the way a real bug would, inside the MVC pipeline.</summary>
    private sealed class FailingPageFilter : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next) =>
            context.HttpContext.Request.Path == "/about" ? throw new InvalidOperationException("boom") : next();
    }

    [Fact]
    public async Task Unhandled_exception_shows_the_friendly_500_page_in_production()
    {
        using var factory = new HubFactory("Production")
        {
            ConfigureTestServices = services => services.Configure<MvcOptions>(o => o.Filters.Add(new FailingPageFilter())),
        };

        var response = await factory.CreateClient().GetAsync("/about");
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong on our side", document.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("boom", document.Body!.TextContent);
        Assert.DoesNotContain("InvalidOperationException", document.Body!.TextContent);
    }

    [Theory]
    [InlineData("TRACE")]
    [InlineData("OPTIONS")]
    [InlineData("DELETE")]
    public async Task Any_method_to_a_missing_path_is_404_with_the_friendly_page(string method)
    {
        using var factory = new HubFactory("Production");

        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), "/no/such/place"));
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("We can't find that page", document.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Wrong_method_gets_a_friendly_page_not_a_5xx()
    {
        using var factory = new HubFactory("Production");

        var response = await factory.CreateClient().DeleteAsync("/articles/consent-basics");

        Assert.InRange((int)response.StatusCode, 400, 499);
    }
}
