using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Hsds;

/// <summary>
/// The directory as an HSDS tabular data package, for a 211 or a caseworkers' tool to import: one CSV
/// per HSDS table (organizations, services, phones, languages, schedules, service areas, metadata), named as HSDS
/// names them, and a datapackage.json (Frictionless Data) that lists each file's columns and the licence.
/// Every value is the one the read API gives, flattened: a row is a record's JSON, column by column.
/// </summary>
public static class HsdsPackage
{
    public const string DescriptorFile = "datapackage.json";

    /// <summary>One HSDS table: its name, its file, its columns in order, and what its rows refer to.</summary>
    public sealed record Table(string Name, string Path, IReadOnlyList<string> Columns, string? ForeignKey = null, string? References = null);

    private static readonly HashSet<string> Numbers = new(StringComparer.Ordinal) { "minimum_age", "maximum_age", "timezone" };

    public static readonly IReadOnlyList<Table> Tables =
    [
        new("organization", "organizations.csv", ["id", "name", "description", "website"]),
        new("service", "services.csv",
            ["id", "organization_id", "name", "description", "url", "status", "interpretation_services", "application_process",
             "fees_description", "eligibility_description", "minimum_age", "maximum_age", "alert", "assured_date", "last_modified"],
            "organization_id", "organization"),
        new("phone", "phones.csv", ["id", "service_id", "number", "type", "description"], "service_id", "service"),
        new("language", "languages.csv", ["id", "service_id", "name", "code"], "service_id", "service"),
        new("schedule", "schedules.csv", ["id", "service_id", "freq", "byday", "opens_at", "closes_at", "timezone", "description", "notes"], "service_id", "service"),
        new("service_area", "service_areas.csv", ["id", "service_id", "name"], "service_id", "service"),
        new("metadata", "metadata.csv",
            ["id", "resource_id", "resource_type", "last_action_date", "last_action_type", "field_name", "previous_value", "replacement_value", "updated_by"],
            "resource_id", "service"),
    ];

    /// <summary>Writes the package into <paramref name="folder"/>; the services are written as the read API gives one alone.</summary>
    public static async Task WriteAsync(
        string folder, IReadOnlyList<(Resource Resource, IReadOnlyList<Verification> Checks)> records, string siteName, string siteUrl,
        OpenDataOptions licence, DateTime now, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var services = records.Select(r => HsdsDocuments.Full(r.Resource, r.Checks)).ToList();
        var rows = new Dictionary<string, IEnumerable<object>>(StringComparer.Ordinal)
        {
            ["organization"] = services.Select(s => s.Organization),
            ["service"] = services,
            ["phone"] = services.SelectMany(s => s.Phones ?? []),
            ["language"] = services.SelectMany(s => s.Languages ?? []),
            ["schedule"] = services.SelectMany(s => s.Schedules ?? []),
            ["service_area"] = services.SelectMany(s => s.ServiceAreas ?? []),
            ["metadata"] = services.SelectMany(s => s.Metadata ?? []),
        };

        foreach (var table in Tables)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var writer = new StreamWriter(Path.Combine(folder, table.Path), append: false, new System.Text.UTF8Encoding(false));
            await using var csv = CsvWriter.Create(writer);
            foreach (var column in table.Columns)
            {
                csv.WriteField(column);
            }

            csv.EndRecord();
            foreach (var row in rows[table.Name])
            {
                var fields = JsonSerializer.SerializeToNode(row, row.GetType(), HsdsDocuments.Json)!.AsObject();
                foreach (var column in table.Columns)
                {
                    csv.WriteField(fields[column] is JsonValue value ? value.ToString() : string.Empty);
                }

                csv.EndRecord();
            }
        }

        var descriptor = new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = "sexworkresourcehub-directory",
            ["title"] = $"{siteName} resource directory (HSDS {HsdsDocuments.Version})",
            ["homepage"] = siteUrl,
            ["version"] = HsdsDocuments.Version,
            ["created"] = now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["licenses"] = new JsonArray(new JsonObject { ["name"] = licence.LicenseName, ["path"] = licence.LicenseUrl, ["title"] = licence.LicenseName }),
            ["resources"] = new JsonArray([.. Tables.Select(Describe)]),
        };
        await File.WriteAllTextAsync(Path.Combine(folder, DescriptorFile),
            descriptor.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n", cancellationToken);
    }

    private static JsonObject Describe(Table table)
    {
        var schema = new JsonObject
        {
            ["fields"] = new JsonArray([.. table.Columns.Select(c => new JsonObject { ["name"] = c, ["type"] = Numbers.Contains(c) ? "number" : "string" })]),
            ["primaryKey"] = "id",
        };
        if (table.ForeignKey is not null)
        {
            schema["foreignKeys"] = new JsonArray(new JsonObject
            {
                ["fields"] = table.ForeignKey,
                ["reference"] = new JsonObject { ["resource"] = table.References, ["fields"] = "id" },
            });
        }

        return new JsonObject
        {
            ["name"] = table.Name,
            ["path"] = table.Path,
            ["profile"] = "tabular-data-resource",
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["schema"] = schema,
        };
    }
}
