using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Editors;

public sealed class SuggestionFlowTests : IDisposable
{
    private readonly HubFactory _factory = new("Production", new Dictionary<string, string?> { ["RateLimits:SuggestPermits"] = "1000" });

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> ResourceSuggestion(string name = "Night Owl Peer Line") => new()
    {
        ["Input.Name"] = name,
        ["Input.Description"] = "Peer support at night. <script>alert('x')</script>",
        ["Input.Url"] = "https://nightowl.example.org",
        ["Input.ResourceKind"] = "hotline",
        ["Input.Phone"] = "(410) 555-0100",
        ["Input.Contact"] = "me@example.org",
    };

    private async Task<List<Suggestion>> SuggestionsAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().Suggestions.AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task Suggest_review_and_publish_through_the_real_forms()
    {
        var visitor = _factory.Browser();
        var sent = await visitor.SubmitAsync("/suggest/resource", "main form", ResourceSuggestion());
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/suggest/thanks", sent.Headers.Location!.OriginalString);
        Assert.Contains("What happens next", await visitor.GetStringAsync("/suggest/thanks"));

        // Nothing is public before review.
        Assert.DoesNotContain("Night Owl Peer Line", await _factory.CreateClient().GetStringAsync("/resources"));

        var editor = await _factory.SignedInEditorAsync();
        var dashboard = await editor.GetDocumentAsync("/editor");
        var link = dashboard.QuerySelector("section[aria-labelledby='pending-heading'] a")!;
        Assert.Contains("Night Owl Peer Line", link.TextContent);

        var review = await editor.GetDocumentAsync(link.GetAttribute("href")!);
        var typed = review.QuerySelectorAll(".typed-text").Select(d => d.InnerHtml).ToList();
        Assert.Contains("Peer support at night. &lt;script&gt;alert('x')&lt;/script&gt;", typed);
        Assert.Null(review.QuerySelector("main script"));
        Assert.Contains("me@example.org", review.QuerySelector(".suggestion-fields")!.TextContent);
        Assert.Equal(["Name", "Kind", "What it does and who it is for", "Web address", "Phone", "Contact"],
            review.QuerySelectorAll(".suggestion-fields dt").Select(dt => dt.TextContent));

        var form = await editor.GetDocumentAsync(review.QuerySelector("a.button")!.GetAttribute("href")!);
        Assert.Equal("Night Owl Peer Line", form.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.Equal("hotline", form.QuerySelector("#Input_Kind option[selected]")!.GetAttribute("value"));
        var published = await editor.SubmitAsync(form, "form.editor-form", new Dictionary<string, string>
        {
            ["Input.Description"] = "Peer support at night, checked by an editor.",
        });

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("Night Owl Peer Line", await _factory.CreateClient().GetStringAsync("/resources"));
        var decided = Assert.Single(await SuggestionsAsync());
        Assert.Equal(SuggestionStatus.Accepted, decided.Status);
        Assert.Null(decided.Contact);
        Assert.Equal(EditorSignIn.Email, decided.DecidedBy);
        Assert.Equal("night-owl-peer-line", decided.ResultSlug);
    }

    [Fact]
    public async Task Rejecting_keeps_it_off_the_site_and_erases_the_contact()
    {
        await _factory.Browser().SubmitAsync("/suggest/resource", "main form", ResourceSuggestion());
        var editor = await _factory.SignedInEditorAsync();
        var id = (await SuggestionsAsync()).Single().Id;

        var rejected = await editor.SubmitAsync($"/editor/suggestions/{id}", "form.editor-form", new Dictionary<string, string> { ["Note"] = "Duplicate." });

        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var suggestion = Assert.Single(await SuggestionsAsync());
        Assert.Equal(SuggestionStatus.Rejected, suggestion.Status);
        Assert.Null(suggestion.Contact);
        Assert.DoesNotContain("Night Owl Peer Line", await _factory.CreateClient().GetStringAsync("/resources"));
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/editor/resources/edit?fromSuggestion={id}")).StatusCode);
    }

    [Fact]
    public async Task A_suggestion_stores_what_was_typed_and_nothing_about_the_visitor()
    {
        var visitor = _factory.Browser();
        visitor.DefaultRequestHeaders.UserAgent.ParseAdd("DistinctiveBrowser/9.9");
        visitor.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.23");

        await visitor.SubmitAsync("/suggest/resource", "main form", ResourceSuggestion());

        var suggestion = Assert.Single(await SuggestionsAsync());
        Assert.Equal(["description", "kind", "name", "phone", "url"], suggestion.Fields.Keys.Order());
        var stored = System.Text.Json.JsonSerializer.Serialize(suggestion);
        Assert.DoesNotContain("DistinctiveBrowser", stored);
        Assert.DoesNotContain("198.51.100.23", stored);
        Assert.DoesNotContain("127.0.0.1", stored);
    }

    [Fact]
    public async Task A_rejected_form_keeps_what_was_typed_and_explains_each_problem()
    {
        var values = ResourceSuggestion("");
        values["Input.Url"] = "ftp://files.example.org";

        var response = await _factory.Browser().SubmitAsync("/suggest/resource", "main form", values);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter the name of the organization or resource.", page.QuerySelector("#Input_Name-error")!.TextContent);
        Assert.Contains("https://", page.QuerySelector("#Input_Url-error")!.TextContent);
        Assert.Equal("ftp://files.example.org", page.QuerySelector("#Input_Url")!.GetAttribute("value"));
        Assert.Equal("me@example.org", page.QuerySelector("#Input_Contact")!.GetAttribute("value"));
        Assert.Contains("<script>", page.QuerySelector("#Input_Description")!.TextContent);
        Assert.Empty(await SuggestionsAsync());
    }

    [Fact]
    public async Task An_event_suggestion_checks_its_time_zone_and_is_stored_when_valid()
    {
        var visitor = _factory.Browser();
        var bad = await visitor.SubmitAsync("/suggest/event", "main form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Vigil",
            ["Input.Start"] = "2030-12-17T18:00",
            ["Input.TimeZone"] = "Not/AZone",
            ["Input.Participation"] = "in-person",
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var good = await visitor.SubmitAsync(await Html.ParseAsync(bad), "main form", new Dictionary<string, string> { ["Input.TimeZone"] = "America/Chicago" });

        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var suggestion = Assert.Single(await SuggestionsAsync());
        Assert.Equal(SuggestionKind.Event, suggestion.Kind);
        Assert.Equal("2030-12-17T18:00", suggestion.Fields["start"]);
        Assert.Equal("America/Chicago", suggestion.Fields["time_zone"]);
    }

    [Fact]
    public async Task A_filled_honeypot_is_thanked_and_dropped()
    {
        var values = ResourceSuggestion();
        values["Input.Homepage"] = "http://spam.example";

        var response = await _factory.Browser().SubmitAsync("/suggest/resource", "main form", values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/suggest/thanks", response.Headers.Location!.OriginalString);
        Assert.Empty(await SuggestionsAsync());
    }

    [Fact]
    public async Task Over_the_limit_a_suggestion_comes_back_as_typed_with_a_429_and_the_real_wait()
    {
        using var factory = new HubFactory("Production", new Dictionary<string, string?>
        {
            ["RateLimits:SuggestPermits"] = "2",
            ["RateLimits:SuggestWindowSeconds"] = "600",
        });
        var visitor = factory.Browser();
        await visitor.SubmitAsync("/suggest/resource", "main form", ResourceSuggestion("One"));
        await visitor.SubmitAsync("/suggest/resource", "main form", ResourceSuggestion("Two"));

        var third = await visitor.SubmitAsync("/suggest/resource", "main form", ResourceSuggestion("Three"));
        var page = await Html.ParseAsync(third);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.InRange(int.Parse(third.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture), 590, 600);
        Assert.Equal("Not sent yet: several suggestions came from your connection in a short time. Wait 10 minutes, then send this one again. What you typed is still here.",
            page.QuerySelector(".error-summary")!.TextContent.Trim());
        Assert.Equal("Three", page.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.Equal("Peer support at night. <script>alert('x')</script>", page.QuerySelector("#Input_Description")!.TextContent.Trim());
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<HubDbContext>().Suggestions.CountAsync());
    }

    [Fact]
    public async Task A_form_with_mistakes_does_not_count_against_the_limit()
    {
        using var factory = new HubFactory("Production", new Dictionary<string, string?> { ["RateLimits:SuggestPermits"] = "1" });
        var visitor = factory.Browser();
        for (var i = 0; i < 3; i++)
        {
            var mistaken = await visitor.SubmitAsync("/suggest/resource", "main form", new Dictionary<string, string> { ["Input.Name"] = "No description" });
            Assert.Equal(HttpStatusCode.BadRequest, mistaken.StatusCode);
        }

        var sent = await visitor.SubmitAsync("/suggest/resource", "main form", ResourceSuggestion("Fixed at last"));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
    }

    [Fact]
    public async Task Fifty_concurrent_suggestions_are_all_stored_with_no_server_error()
    {
        var clients = Enumerable.Range(0, 50).Select(_ => _factory.Browser()).ToList();
        var pages = await Task.WhenAll(clients.Select(c => c.GetDocumentAsync("/suggest/resource")));

        var responses = await Task.WhenAll(clients.Select((client, i) => client.SubmitAsync(pages[i], "main form", ResourceSuggestion($"Concurrent {i:00}"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var stored = await SuggestionsAsync();
        Assert.Equal(50, stored.Count);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"Concurrent {i:00}"), stored.Select(s => s.Fields["name"]).Order());
    }

    [Fact]
    public async Task Decided_suggestions_are_deleted_thirty_days_later_and_pending_ones_are_kept()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var now = new DateTime(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);
        db.Suggestions.AddRange(
            new Suggestion { Kind = SuggestionKind.Resource, Status = SuggestionStatus.Rejected, DecidedAt = now.AddDays(-31), CreatedAt = now.AddDays(-40) },
            new Suggestion { Kind = SuggestionKind.Resource, Status = SuggestionStatus.Accepted, DecidedAt = now.AddDays(-29), CreatedAt = now.AddDays(-40) },
            new Suggestion { Kind = SuggestionKind.Event, Status = SuggestionStatus.Pending, CreatedAt = now.AddDays(-90) });
        await db.SaveChangesAsync();

        var deleted = await SuggestionRetention.PurgeAsync(db, now);

        Assert.Equal(1, deleted);
        Assert.Equal([SuggestionStatus.Pending, SuggestionStatus.Accepted], (await db.Suggestions.AsNoTracking().ToListAsync()).Select(s => s.Status).Order());
    }
}
