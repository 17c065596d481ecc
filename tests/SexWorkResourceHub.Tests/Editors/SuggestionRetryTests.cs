using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Editors;

/// <summary>A suggestion form sent more than once (a retry after a timeout, a second click) is stored once.</summary>
public sealed class SuggestionRetryTests : IDisposable
{
    private readonly HubFactory _factory = new("Production", new Dictionary<string, string?> { ["RateLimits:SuggestPermits"] = "1000" });

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> ResourceSuggestion(string name = "Harbor Night Line") => new()
    {
        ["Input.Name"] = name,
        ["Input.Description"] = "Peer support by phone at night.",
        ["Input.Phone"] = "(410) 555-0100",
        ["Input.Contact"] = "me@example.org",
    };

    private async Task<List<Suggestion>> SuggestionsAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().Suggestions.AsNoTracking().ToListAsync();
    }

    private static string KeyOf(IDocument page) => page.QuerySelector("main form input[name=IdempotencyKey]")!.GetAttribute("value")!;

    [Fact]
    public async Task The_same_suggestion_sent_twice_is_stored_once_and_thanked_the_same_way_both_times()
    {
        var visitor = _factory.Browser();
        var page = await visitor.GetDocumentAsync("/suggest/resource");

        var first = await visitor.SubmitAsync(page, "main form", ResourceSuggestion());
        var again = await visitor.SubmitAsync(page, "main form", ResourceSuggestion());

        Assert.Equal((HttpStatusCode.Redirect, "/suggest/thanks"), (first.StatusCode, first.Headers.Location!.OriginalString));
        Assert.Equal((first.StatusCode, first.Headers.Location), (again.StatusCode, again.Headers.Location));
        var stored = Assert.Single(await SuggestionsAsync());
        Assert.Equal("Harbor Night Line", stored.Fields["name"]);
        Assert.Equal(KeyOf(page), stored.IdempotencyKey);
        Assert.False(first.Headers.Contains("Set-Cookie") || again.Headers.Contains("Set-Cookie"), "sending a suggestion set a cookie");
    }

    [Fact]
    public async Task Every_showing_of_the_form_gets_its_own_key_and_is_never_kept_by_the_browser()
    {
        var visitor = _factory.Browser();

        var response = await visitor.GetAsync("/suggest/event");
        var keys = new[] { KeyOf(await Html.ParseAsync(response)), KeyOf(await visitor.GetDocumentAsync("/suggest/event")) };

        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.All(keys, key => Assert.Matches("^[0-9a-f]{32}$", key));
        Assert.NotEqual(keys[0], keys[1]);
    }

    [Fact]
    public async Task Two_copies_of_one_form_racing_each_other_are_stored_once()
    {
        var visitor = _factory.Browser();

        // Ten forms, each sent twice at the same moment: checking before inserting, one race or more stores both.
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 10; i++)
        {
            var page = await visitor.GetDocumentAsync("/suggest/resource");
            responses.AddRange(await Task.WhenAll(
                visitor.SubmitAsync(page, "main form", ResourceSuggestion($"Raced {i}")),
                visitor.SubmitAsync(page, "main form", ResourceSuggestion($"Raced {i}"))));
        }

        Assert.All(responses, r => Assert.Equal((HttpStatusCode.Redirect, "/suggest/thanks"), (r.StatusCode, r.Headers.Location!.OriginalString)));
        var stored = await SuggestionsAsync();
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"Raced {i}"), stored.Select(s => s.Fields["name"]).Order());
    }

    [Fact]
    public async Task A_suggestion_without_its_key_is_refused_with_400_and_the_text_kept_and_sends_the_second_time()
    {
        var visitor = _factory.Browser();
        var page = await visitor.GetDocumentAsync("/suggest/resource");
        page.QuerySelector("main form input[name=IdempotencyKey]")!.Remove();

        var refused = await visitor.SubmitAsync(page, "main form", ResourceSuggestion());
        var shown = await Html.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("was not sent", shown.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Harbor Night Line", shown.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.Equal("Peer support by phone at night.", shown.QuerySelector("#Input_Description")!.TextContent);
        Assert.Equal("me@example.org", shown.QuerySelector("#Input_Contact")!.GetAttribute("value"));
        Assert.Empty(await SuggestionsAsync());

        var sent = await visitor.SubmitAsync(shown, "main form");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(KeyOf(shown), Assert.Single(await SuggestionsAsync()).IdempotencyKey);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-key")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("0123456789abcdef0123456789abcdef0")]
    public async Task A_malformed_key_is_refused_with_400_and_the_text_kept(string key)
    {
        var refused = await _factory.Browser().SubmitAsync("/suggest/event", "main form", new Dictionary<string, string>
        {
            ["IdempotencyKey"] = key,
            ["Input.Title"] = "Vigil",
            ["Input.Start"] = "2030-12-17T18:00",
            ["Input.TimeZone"] = "America/Chicago",
            ["Input.Participation"] = "in-person",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Vigil", (await Html.ParseAsync(refused)).QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.Empty(await SuggestionsAsync());
    }

    [Fact]
    public async Task The_same_form_sent_again_with_other_text_is_not_dropped_unseen()
    {
        var visitor = _factory.Browser();
        var page = await visitor.GetDocumentAsync("/suggest/resource");
        await visitor.SubmitAsync(page, "main form", ResourceSuggestion("First Line"));

        var refused = await visitor.SubmitAsync(page, "main form", ResourceSuggestion("Second Line"));
        var shown = await Html.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("already sent from this page", shown.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Second Line", shown.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.NotEqual(KeyOf(page), KeyOf(shown));

        Assert.Equal(HttpStatusCode.Redirect, (await visitor.SubmitAsync(shown, "main form")).StatusCode);
        Assert.Equal(["First Line", "Second Line"], (await SuggestionsAsync()).Select(s => s.Fields["name"]).Order());
    }
}
