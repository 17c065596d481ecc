using System.Globalization;
using Microsoft.EntityFrameworkCore.Migrations;
using SexWorkResourceHub.Web.Resources;

namespace SexWorkResourceHub.Web.Data.Migrations;

/// <summary>
/// For the ServiceAreas migration of both providers: turns the old scope ("Region") and free-text place
/// ("Place") of each resource into its places (the JSON list in "Areas"), before the old columns go.
/// National becomes the whole US; a state's name or code becomes that state; "City, ST" or "City, State"
/// becomes that city in that state. A place it cannot read is kept whole as a city with no state, which
/// the editors' form then asks to be given one; international becomes no places.
/// </summary>
internal static class ServiceAreaConversion
{
    /// <summary>How each provider makes a one-place JSON list from "key, value, ..." arguments, and finds a comma.</summary>
    internal sealed record Dialect(Func<string, string> OnePlace, Func<string, string> HasComma);

    internal static readonly Dialect Sqlite = new(fields => $"json_array(json_object({fields}))", text => $"instr({text}, ',') > 0");

    internal static readonly Dialect Postgres = new(fields => $"json_build_array(json_build_object({fields}))::text", text => $"strpos({text}, ',') > 0");

    public static void Up(MigrationBuilder migration, Dialect dialect)
    {
        const string Place = "trim(\"Place\")";
        migration.Sql("""UPDATE "Resources" SET "Areas" = '[{"country":"US"}]' WHERE "Region" = 'National';""");
        var us = ServiceAreaText.CountryOf(ServiceAreaText.HomeCountry)!;
        foreach (var region in us.Regions)
        {
            var name = region.Name.Replace("'", "''", StringComparison.Ordinal).ToUpperInvariant();
            migration.Sql($"""
                UPDATE "Resources" SET "Areas" = '[{"{"}"country":"US","region":"{region.Code}"{"}"}]'
                WHERE "Region" = 'State' AND upper({Place}) IN ('{region.Code}', '{name}');
                """);
            foreach (var suffix in new[] { region.Code, name })
            {
                var cut = (suffix.Length + 2).ToString(CultureInfo.InvariantCulture);
                var city = $"trim(substr({Place}, 1, length({Place}) - {cut}))";
                migration.Sql($"""
                    UPDATE "Resources" SET "Areas" = {dialect.OnePlace($"'country', 'US', 'region', '{region.Code}', 'city', {city}")}
                    WHERE "Region" = 'City' AND "Areas" = '' AND upper({Place}) LIKE '%, {suffix}'
                      AND length({city}) > 0 AND NOT ({dialect.HasComma(city)});
                    """);
            }
        }

        // What could not be read stays as written, for an editor to give its state.
        migration.Sql($"""
            UPDATE "Resources" SET "Areas" = {dialect.OnePlace($"'country', 'US', 'city', {Place}")}
            WHERE "Region" IN ('State', 'City') AND "Areas" = '' AND "Place" IS NOT NULL AND length({Place}) > 0;
            """);
        migration.Sql("""UPDATE "Resources" SET "Areas" = '[]' WHERE "Areas" = '';""");
    }
}
