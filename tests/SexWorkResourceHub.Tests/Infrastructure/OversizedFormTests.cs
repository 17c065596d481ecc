using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Infrastructure;

/// <summary>
/// A form the site will not read (too large, too many fields) is refused with its own status and a page
/// that says what happened and that nothing was saved, never the 404 it used to become.
/// </summary>
public sealed class OversizedFormTests : IDisposable
{
    private readonly HubFactory _factory = new("Production");

    public void Dispose() => _factory.Dispose();

    private async Task<int> SuggestionCountAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().Suggestions.CountAsync();
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string heading)
    {
        Assert.Equal(status, response.StatusCode);
        var document = await Html.ParseAsync(response);
        Assert.Equal(heading, document.QuerySelector("main h1")?.TextContent);
        Assert.Contains("nothing in it was read or saved", document.QuerySelector("main")!.TextContent);
        Assert.NotNull(document.QuerySelector("header.site-header"));
    }

    [Fact]
    public async Task A_form_with_1025_fields_is_400_with_a_page_that_says_so()
    {
        var fields = Enumerable.Range(0, 1025).ToDictionary(i => $"extra{i}", _ => "x");
        fields["Input.Name"] = "Night Owl Peer Line";

        var response = await _factory.Browser().SubmitAsync("/suggest/resource", "main form", fields);

        await AssertRefusedAsync(response, HttpStatusCode.BadRequest, "That form had too many fields");
        Assert.Equal(0, await SuggestionCountAsync());
    }

    [Fact]
    public async Task A_29_MB_form_is_413_with_a_page_that_says_so()
    {
        var client = _factory.Browser();
        var page = await client.GetDocumentAsync("/suggest/resource");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        var body = "__RequestVerificationToken=" + Uri.EscapeDataString(token!) + "&Input.Name=" + new string('a', 29 * 1024 * 1024);
        using var content = new StringContent(body, System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");

        var response = await client.PostAsync("/suggest/resource", content);

        await AssertRefusedAsync(response, HttpStatusCode.RequestEntityTooLarge, "That was too much to send");
        Assert.Equal(0, await SuggestionCountAsync());
    }

    [Fact]
    public async Task A_form_of_ordinary_size_still_reaches_the_page()
    {
        var response = await _factory.Browser().SubmitAsync("/suggest/resource", "main form", new Dictionary<string, string>
        {
            ["Input.Name"] = "Night Owl Peer Line",
            ["Input.Description"] = new string('a', 1500),
            ["Input.Url"] = "https://nightowl.example.org",
            ["Input.ResourceKind"] = "hotline",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await SuggestionCountAsync());
    }
}
