using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Json.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Hsds;

/// <summary>
/// The directory's open-data API, read back as a 211 would: every answer checked against HSDS 3.0's own
/// JSON Schemas (Fixtures/hsds), the pages walked, and what must never go out looked for.
/// </summary>
public sealed class HsdsApiTests : IDisposable
{
    private readonly HubFactory _factory = new("Production");

    public void Dispose() => _factory.Dispose();

    // The schemas name no dialect; they keep their parts under "definitions" (draft-07) and carry keywords
    // of their own ("core", "constraints", "example"), which do not constrain anything.
    private static readonly BuildOptions SchemaOptions = new() { Dialect = Dialect.Draft07.With([], null, null, true) };

    private static JsonSchema Schema(string file) =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "hsds", file)), SchemaOptions);

    private static void AssertValid(JsonSchema schema, JsonElement value)
    {
        var result = schema.Evaluate(value, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}")) + " in " + value);
    }

    private async Task<JsonElement> GetJsonAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await _factory.CreateClient().GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>Every page of a list, walked with <paramref name="perPage"/> items a page.</summary>
    private async Task<List<JsonElement>> WalkAsync(string list, int perPage, string extra = "")
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var answer = await GetJsonAsync($"/api/hsds/{list}?page={page}&per_page={perPage}{extra}");
            Assert.Equal(page, answer.GetProperty("page_number").GetInt32());
            Assert.Equal(page == 1, answer.GetProperty("first_page").GetBoolean());
            var contents = answer.GetProperty("contents").EnumerateArray().ToList();
            Assert.Equal(contents.Count, answer.GetProperty("size").GetInt32());
            items.AddRange(contents);
            if (answer.GetProperty("last_page").GetBoolean())
            {
                Assert.Equal(items.Count, answer.GetProperty("total_items").GetInt32());
                Assert.Equal(page, Math.Max(1, answer.GetProperty("total_pages").GetInt32()));
                return items;
            }

            Assert.True(page < 100, "the pages never end");
        }
    }

    private async Task<int> ListedResourcesAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().Resources.CountAsync(r => r.Status != ResourceStatus.Closed);
    }

    private async Task ChangeAsync(Func<HubDbContext, Task> change)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        await change(db);
        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<StoreChanges>().Raise();
    }

    [Fact]
    public async Task The_root_says_which_version_of_HSDS_it_follows()
    {
        var root = await GetJsonAsync("/api/hsds/");

        Assert.Equal("3.0", root.GetProperty("version").GetString());
        Assert.True(Uri.IsWellFormedUriString(root.GetProperty("profile").GetString(), UriKind.Absolute));
        Assert.True(Uri.IsWellFormedUriString(root.GetProperty("openapi_url").GetString(), UriKind.Absolute));
    }

    [Fact]
    public async Task Walking_the_service_pages_gives_every_listed_resource_once_each_valid_HSDS()
    {
        var items = await WalkAsync("services", perPage: 3);

        var ids = items.Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Equal(await ListedResourcesAsync(), ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var schema = Schema("service_list.json");
        Assert.All(items, item => AssertValid(schema, item));
    }

    [Fact]
    public async Task Each_service_alone_is_a_valid_HSDS_service_with_its_phones_languages_and_places()
    {
        var schema = Schema("service_with_definitions.json");
        var byName = new Dictionary<string, JsonElement>();
        foreach (var item in await WalkAsync("services", perPage: 100))
        {
            var service = await GetJsonAsync("/api/hsds/services/" + item.GetProperty("id").GetString());
            AssertValid(schema, service);
            byName[service.GetProperty("name").GetString()!] = service;
        }

        var (hotline, clinic, network) = (byName["Test Hotline"], byName["City Legal Clinic"], byName["World Research Network"]);

        Assert.Equal(["1-800-555-0100 voice", "12345 text", "711 textphone"],
            hotline.GetProperty("phones").EnumerateArray().Select(p => $"{p.GetProperty("number")} {p.GetProperty("type")}"));
        Assert.Equal(["en", "es"], hotline.GetProperty("languages").EnumerateArray().Select(l => l.GetProperty("code").GetString()));
        // Each place a service works in is a service_area, named in full for importers anywhere.
        Assert.Equal(["United States"], hotline.GetProperty("service_areas").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        var area = clinic.GetProperty("service_areas").EnumerateArray().Single();
        Assert.Equal(("New York City, New York, United States", clinic.GetProperty("id").GetString()), (area.GetProperty("name").GetString(), area.GetProperty("service_id").GetString()));
        Assert.Empty(network.GetProperty("service_areas").EnumerateArray());
    }

    [Fact]
    public async Task Organizations_are_paginated_and_valid_and_each_can_be_read_alone()
    {
        var schema = Schema("organization_list.json");
        var items = await WalkAsync("organizations", perPage: 7);

        Assert.Equal(await ListedResourcesAsync(), items.Select(o => o.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(items, item => AssertValid(schema, item));
        var one = await GetJsonAsync("/api/hsds/organizations/" + items[0].GetProperty("id").GetString());
        AssertValid(schema, one);
        Assert.Equal(items[0].GetProperty("name").GetString(), one.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Modified_after_gives_only_the_records_changed_since()
    {
        // Every record last changed in January (bypassing the save stamp), then one changed now.
        await ChangeAsync(db => db.AllResources.ExecuteUpdateAsync(set => set.SetProperty(r => r.UpdatedAt, new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc))));
        await ChangeAsync(async db => (await db.AllResources.SingleAsync(r => r.Slug == "test-hotline")).Hours = "Around the clock");

        var changed = await GetJsonAsync("/api/hsds/services?modified_after=2026-02-01T00:00:00Z");

        Assert.Equal(["Test Hotline"], changed.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        var none = await GetJsonAsync("/api/hsds/services?modified_after=2099-01-01");
        Assert.True(none.GetProperty("empty").GetBoolean());
        Assert.Equal(0, none.GetProperty("total_items").GetInt32());
    }

    [Fact]
    public async Task A_closed_resource_is_left_out_unless_closed_ones_are_asked_for()
    {
        await ChangeAsync(async db =>
            (await db.AllResources.SingleAsync(r => r.Slug == "ocean-state-advocates")).Status = ResourceStatus.Closed);

        var open = await WalkAsync("services", perPage: 100);
        var all = await WalkAsync("services", perPage: 100, "&status=closed");

        Assert.DoesNotContain(open, s => s.GetProperty("name").GetString() == "Ocean State Advocates");
        var closed = Assert.Single(all, s => s.GetProperty("name").GetString() == "Ocean State Advocates");
        Assert.Equal("defunct", closed.GetProperty("status").GetString());
        var id = closed.GetProperty("id").GetString();
        await GetJsonAsync("/api/hsds/services/" + id, HttpStatusCode.NotFound);
        AssertValid(Schema("service_with_definitions.json"), await GetJsonAsync($"/api/hsds/services/{id}?status=closed"));
    }

    [Fact]
    public async Task An_id_stays_the_same_when_the_record_is_edited()
    {
        var before = (await WalkAsync("services", perPage: 100)).Single(s => s.GetProperty("name").GetString() == "Test Hotline");
        await ChangeAsync(async db => (await db.AllResources.SingleAsync(r => r.Slug == "test-hotline")).Name = "The Renamed Hotline");

        var after = (await WalkAsync("services", perPage: 100)).Single(s => s.GetProperty("name").GetString() == "The Renamed Hotline");

        Assert.Equal(before.GetProperty("id").GetString(), after.GetProperty("id").GetString());
    }

    private async Task<JsonElement> ServiceAsync(string slug) =>
        await GetJsonAsync("/api/hsds/services/" + SexWorkResourceHub.Web.Hsds.HsdsIds.Service(slug));

    [Fact]
    public async Task Who_it_serves_what_it_costs_and_its_weekly_hours_go_out_in_HSDS_fields()
    {
        var clinic = await ServiceAsync("city-legal-clinic");

        Assert.Equal("Free", clinic.GetProperty("fees_description").GetString());
        Assert.Equal(18, clinic.GetProperty("minimum_age").GetInt32());
        Assert.Equal("Ages 18 and over.", clinic.GetProperty("eligibility_description").GetString());
        Assert.Equal("Call to book a first appointment; walk-ins on Fridays.", clinic.GetProperty("application_process").GetString());
        Assert.Equal(["WEEKLY MO,TU,WE,TH 09:00-17:00 -5", "WEEKLY FR 09:00-13:00 -5"],
            clinic.GetProperty("schedules").EnumerateArray().Select(s =>
                $"{s.GetProperty("freq")} {s.GetProperty("byday")} {s.GetProperty("opens_at")}-{s.GetProperty("closes_at")} {s.GetProperty("timezone")}"));
        var hotline = await ServiceAsync("test-hotline");
        Assert.Equal("Interpreters for other languages by phone", hotline.GetProperty("interpretation_services").GetString());
        Assert.Equal("Under-18s can contact it on their own.", hotline.GetProperty("eligibility_description").GetString());
    }

    [Fact]
    public async Task A_check_goes_out_as_metadata_that_names_the_role_never_the_person_or_the_note()
    {
        var editor = await _factory.SignedInEditorAsync();
        var id = await QueryIdAsync("test-hotline");
        var saved = await editor.SubmitAsync($"/editor/resources/edit/{id}", "form.editor-form", new Dictionary<string, string>
        {
            ["Input.CheckedOn"] = "2026-11-28",
            ["Input.CheckMethod"] = "phone",
            ["Input.CheckNote"] = "Coordinator Dana said the text line is changing",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var service = await ServiceAsync("test-hotline");

        AssertValid(Schema("service_with_definitions.json"), service);
        Assert.Equal("2026-11-28", service.GetProperty("assured_date").GetString());
        var check = Assert.Single(service.GetProperty("metadata").EnumerateArray());
        Assert.Equal(("verified", "assured_date", "2026-11-28", "Editor"),
            (check.GetProperty("last_action_type").GetString(), check.GetProperty("field_name").GetString(),
             check.GetProperty("replacement_value").GetString(), check.GetProperty("updated_by").GetString()));
        var text = service.GetRawText();
        Assert.DoesNotContain(EditorSignIn.Email, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Dana", text, StringComparison.Ordinal);
    }

    private async Task<int> QueryIdAsync(string slug)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().AllResources.Where(r => r.Slug == slug).Select(r => r.Id).SingleAsync();
    }

    [Fact]
    public async Task Nothing_about_editors_goes_out()
    {
        var editor = await _factory.SignedInEditorAsync();
        await ChangeAsync(async db => (await db.AllResources.SingleAsync(r => r.Slug == "test-hotline")).Hours = "Changed by an editor");
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var emails = await scope.ServiceProvider.GetRequiredService<HubDbContext>().Editors.Select(e => e.Email).ToListAsync();
            Assert.NotEmpty(emails);
            var reader = _factory.CreateClient();
            foreach (var url in new[] { "/api/hsds/services?per_page=100", "/api/hsds/organizations?per_page=100" })
            {
                var text = await reader.GetStringAsync(url);
                Assert.All(emails, email => Assert.DoesNotContain(email, text, StringComparison.OrdinalIgnoreCase));
            }
        }

        Assert.NotNull(editor);
    }

    [Theory]
    [InlineData("/api/hsds/services?per_page=0", "per_page must be a whole number from 1 to 100, not '0'.")]
    [InlineData("/api/hsds/services?per_page=101", "per_page must be a whole number from 1 to 100, not '101'.")]
    [InlineData("/api/hsds/services?page=abc", "page must be a whole number from 1, not 'abc'.")]
    [InlineData("/api/hsds/organizations?modified_after=last-week", "modified_after must be a date, or a date and time such as 2026-11-01T00:00:00Z, not 'last-week'.")]
    [InlineData("/api/hsds/services?status=open", "The only status that can be asked for is closed.")]
    public async Task A_bad_query_gets_a_400_that_says_what_to_send(string url, string detail)
    {
        var answer = await GetJsonAsync(url, HttpStatusCode.BadRequest);

        Assert.Equal(detail, answer.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Answers_carry_an_ETag_answer_HEAD_and_come_back_304_when_unchanged()
    {
        var client = _factory.CreateClient();
        var first = await client.GetAsync("/api/hsds/services");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Equal("public, max-age=900", first.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", first.Headers.GetValues("X-Content-Type-Options").Single());

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/hsds/services"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);

        var again = new HttpRequestMessage(HttpMethod.Get, "/api/hsds/services");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag, etag.IsWeak));
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_id_is_a_404()
    {
        await GetJsonAsync("/api/hsds/services/" + Guid.NewGuid(), HttpStatusCode.NotFound);
        await GetJsonAsync("/api/hsds/organizations/" + Guid.NewGuid(), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Any_site_may_read_the_open_data_but_not_the_pages()
    {
        var client = _factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/hsds/services");
        request.Headers.Add("Origin", "https://caseworker-tool.example");

        var api = await client.SendAsync(request);
        var page = await client.GetAsync("/resources");

        Assert.Equal("*", api.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("cross-origin", api.Headers.GetValues("Cross-Origin-Resource-Policy").Single());
        Assert.False(api.Headers.Contains("Set-Cookie"));
        Assert.False(page.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal("same-origin", page.Headers.GetValues("Cross-Origin-Resource-Policy").Single());
    }
}
