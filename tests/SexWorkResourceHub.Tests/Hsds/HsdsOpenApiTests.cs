using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.OpenApi;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Hsds;

/// <summary>The open data's own OpenAPI document, read back with Microsoft.OpenApi's reader and checked against what the site serves.</summary>
public sealed class HsdsOpenApiTests : IDisposable
{
    private readonly HubFactory _factory = new("Production", new Dictionary<string, string?>
    {
        ["OpenData:LicenseName"] = "ODC-By 1.0",
        ["OpenData:LicenseUrl"] = "https://opendatacommons.org/licenses/by/1-0/",
    });

    public void Dispose() => _factory.Dispose();

    private async Task<(OpenApiDocument Document, string Text)> DocumentAsync()
    {
        var response = await _factory.CreateClient().GetAsync("/api/hsds/openapi.json");
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        var result = OpenApiDocument.Parse(text, "json");
        Assert.Empty(result.Diagnostic?.Errors ?? []);
        return (result.Document!, text);
    }

    [Fact]
    public async Task It_describes_the_paths_the_site_serves_and_nothing_else()
    {
        var (document, _) = await DocumentAsync();

        Assert.Equal(
            ["/api/hsds", "/api/hsds/organizations", "/api/hsds/organizations/{id}", "/api/hsds/services", "/api/hsds/services/{id}"],
            document.Paths.Keys.Select(k => k.TrimEnd('/') is { Length: > 0 } p ? p : k).Order(StringComparer.Ordinal));
        var list = document.Paths["/api/hsds/services"].Operations![HttpMethod.Get];
        Assert.Equal(["modified_after", "page", "per_page", "status"], list.Parameters!.Select(p => p.Name!).Order(StringComparer.Ordinal));
        Assert.Contains("400", list.Responses!.Keys);
    }

    [Fact]
    public async Task It_carries_the_licence_from_configuration_and_the_sites_address()
    {
        var (document, _) = await DocumentAsync();

        Assert.Equal(("ODC-By 1.0", "https://opendatacommons.org/licenses/by/1-0/"), (document.Info.License!.Name, document.Info.License.Url!.AbsoluteUri));
        Assert.Equal("3.0", document.Info.Version);
        Assert.Equal("https://hub.example", Assert.Single(document.Servers!).Url);
        var root = JsonDocument.Parse(await _factory.CreateClient().GetStringAsync("/api/hsds/")).RootElement;
        Assert.Equal("https://hub.example/api/hsds/openapi.json", root.GetProperty("openapi_url").GetString());
    }

    [Fact]
    public async Task What_the_site_serves_matches_the_schemas_the_document_gives()
    {
        var (_, text) = await DocumentAsync();
        var components = JsonNode.Parse(text)!["components"]!;
        var client = _factory.CreateClient();
        var page = JsonDocument.Parse(await client.GetStringAsync("/api/hsds/services?per_page=100")).RootElement;
        var first = page.GetProperty("contents")[0].GetProperty("id").GetString();
        var one = JsonDocument.Parse(await client.GetStringAsync("/api/hsds/services/" + first)).RootElement;
        var problem = JsonDocument.Parse(await (await client.GetAsync("/api/hsds/services?per_page=0")).Content.ReadAsStringAsync()).RootElement;

        AssertMatches(components, "HsdsPageOfHsdsService", page);
        AssertMatches(components, "HsdsService", one);
        AssertMatches(components, "HsdsProblem", problem);
        Assert.Contains("fees_description", components["schemas"]!["HsdsService"]!["properties"]!.AsObject().Select(p => p.Key));
    }

    /// <summary>The answer against the named component schema, each property it has named in the schema, and each name the schema requires present.</summary>
    private static void AssertMatches(JsonNode components, string name, JsonElement value)
    {
        // The component schemas are JSON Schema (OpenAPI 3.1); under $defs, their references resolve in one document.
        var definitions = components["schemas"]!.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        var schema = JsonSchema.FromText($$"""{"$ref": "#/$defs/{{name}}", "$defs": {{definitions}}}""");
        var result = schema.Evaluate(value, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, name + ": " + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}")));
        var properties = components["schemas"]![name]!["properties"]!.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        Assert.All(value.EnumerateObject(), p => Assert.Contains(p.Name, properties));
    }
}
