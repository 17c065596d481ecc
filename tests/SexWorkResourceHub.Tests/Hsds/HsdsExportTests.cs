using System.Text.Json;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Commands;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Hsds;

/// <summary>`export --format hsds`, read back as an importer would: the descriptor, each CSV with a CSV parser, against HSDS's own schemas and the read API.</summary>
public sealed class HsdsExportTests : IDisposable
{
    private readonly HubFactory _factory = new("Production", new Dictionary<string, string?>
    {
        ["OpenData:LicenseName"] = "CC BY 4.0",
        ["OpenData:LicenseUrl"] = "https://creativecommons.org/licenses/by/4.0/",
    });

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "swrh-hsds-export", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _factory.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private async Task<(int Code, string Output, string Errors)> ExportAsync(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = await CommandLine.RunAsync(new CommandContext(_factory.Services, ["export", .. args], new StringReader(string.Empty), output, errors, InteractiveInput: false));
        return (code, output.ToString(), errors.ToString());
    }

    private List<Dictionary<string, string>> ReadCsv(string file, out string[] header)
    {
        using var reader = CsvReader.Create(new StreamReader(Path.Combine(_folder, file)));
        reader.ReadHeader();
        header = [.. reader.Headers!];
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = reader.GetString(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    private static JsonElement HsdsDefinitions()
    {
        var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "hsds", "service_with_definitions.json"))).RootElement;
        return schema;
    }

    [Fact]
    public async Task The_package_names_each_HSDS_table_and_its_columns_and_every_file_matches_it()
    {
        var (code, output, _) = await ExportAsync(_folder, "--format", "hsds");

        Assert.Equal(0, code);
        Assert.Contains("Exported 4 services as an HSDS 3.0 tabular data package", output);
        var descriptor = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "datapackage.json"))).RootElement;
        Assert.Equal("tabular-data-package", descriptor.GetProperty("profile").GetString());
        var licence = descriptor.GetProperty("licenses")[0];
        Assert.Equal(("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"), (licence.GetProperty("name").GetString(), licence.GetProperty("path").GetString()));

        var hsds = HsdsDefinitions();
        foreach (var resource in descriptor.GetProperty("resources").EnumerateArray())
        {
            var name = resource.GetProperty("name").GetString()!;
            // The table's HSDS schema: the service itself, or one of its definitions.
            var table = name == "service" ? hsds : hsds.GetProperty("definitions").GetProperty(name);
            Assert.Equal(table.GetProperty("path").GetString(), resource.GetProperty("path").GetString());
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();
            var rows = ReadCsv(resource.GetProperty("path").GetString()!, out var header);
            Assert.Equal(fields, header);
            Assert.All(fields, f => Assert.True(table.GetProperty("properties").TryGetProperty(f, out _), $"{f} is not an HSDS {name} field"));
            var required = table.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).Where(fields.Contains).ToList();
            Assert.All(rows, row => Assert.All(required, r => Assert.NotEqual(string.Empty, row[r])));
        }
    }

    [Fact]
    public async Task Every_row_refers_to_a_record_in_the_package_and_services_match_the_read_api()
    {
        await ExportAsync(_folder, "--format", "hsds");

        var organizations = ReadCsv("organizations.csv", out _).Select(r => r["id"]).ToHashSet();
        var services = ReadCsv("services.csv", out _);
        Assert.All(services, s => Assert.Contains(s["organization_id"], organizations));
        var serviceIds = services.Select(s => s["id"]).ToHashSet();
        foreach (var file in new[] { "phones.csv", "languages.csv", "schedules.csv", "service_areas.csv" })
        {
            Assert.All(ReadCsv(file, out _), row => Assert.Contains(row["service_id"], serviceIds));
        }

        var client = _factory.CreateClient();
        foreach (var service in services)
        {
            var served = JsonDocument.Parse(await client.GetStringAsync("/api/hsds/services/" + service["id"])).RootElement;
            foreach (var (column, value) in service)
            {
                var expected = served.TryGetProperty(column, out var property) ? (property.ValueKind == JsonValueKind.String ? property.GetString() : property.GetRawText()) : string.Empty;
                Assert.Equal(expected, value);
            }
        }

        var clinic = services.Single(s => s["name"] == "City Legal Clinic");
        Assert.Equal(("Free", "18"), (clinic["fees_description"], clinic["minimum_age"]));
        Assert.Equal(["MO,TU,WE,TH", "FR"], ReadCsv("schedules.csv", out _).Where(s => s["service_id"] == clinic["id"]).Select(s => s["byday"]));
        Assert.Equal(["New York City, New York, United States"], ReadCsv("service_areas.csv", out _).Where(s => s["service_id"] == clinic["id"]).Select(s => s["name"]));
    }

    [Fact]
    public async Task Text_with_commas_quotes_and_line_breaks_comes_back_as_it_was()
    {
        const string Tricky = "Call us, or \"drop in\";\nwalk-ins welcome.";
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            (await db.AllResources.SingleAsync(r => r.Slug == "test-hotline")).FirstContact = Tricky;
            await db.SaveChangesAsync();
        }

        await ExportAsync(_folder, "--format", "hsds");

        Assert.Equal(Tricky, ReadCsv("services.csv", out _).Single(s => s["name"] == "Test Hotline")["application_process"]);
    }

    [Fact]
    public async Task Closed_services_are_left_out_unless_asked_for()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            (await db.AllResources.SingleAsync(r => r.Slug == "world-research-network")).Status = ResourceStatus.Closed;
            await db.SaveChangesAsync();
        }

        await ExportAsync(_folder, "--format", "hsds");
        var withClosed = Path.Combine(_folder, "with-closed");
        await ExportAsync(withClosed, "--format", "hsds", "--include-closed");

        Assert.DoesNotContain("World Research Network", ReadCsv("services.csv", out _).Select(s => s["name"]));
        using var reader = CsvReader.Create(new StreamReader(Path.Combine(withClosed, "services.csv")));
        reader.ReadHeader();
        var statuses = new List<string>();
        while (reader.Read())
        {
            statuses.Add(reader.GetString(reader.GetFieldIndex("status")));
        }

        Assert.Contains("defunct", statuses);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--include-closed")]
    public async Task A_wrong_option_says_what_to_use_and_writes_nothing(params string[] options)
    {
        var (code, _, errors) = await ExportAsync([_folder, .. options]);

        Assert.Equal(2, code);
        Assert.Contains("export", errors);
        Assert.False(Directory.Exists(_folder));
    }

    [Fact]
    public async Task A_folder_that_already_holds_a_package_is_left_alone()
    {
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(Path.Combine(_folder, "services.csv"), "keep me");

        var (code, _, errors) = await ExportAsync(_folder, "--format", "hsds");

        Assert.Equal(2, code);
        Assert.Contains("already holds services.csv", errors);
        Assert.Equal("keep me", await File.ReadAllTextAsync(Path.Combine(_folder, "services.csv")));
    }
}
