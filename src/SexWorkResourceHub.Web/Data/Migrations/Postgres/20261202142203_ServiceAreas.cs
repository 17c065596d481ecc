using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SexWorkResourceHub.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ServiceAreas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // By hand: the places are added and filled from the old scope and place before those go.
            migrationBuilder.AddColumn<string>(
                name: "Areas",
                table: "Resources",
                type: "text",
                nullable: false,
                defaultValue: "");

            ServiceAreaConversion.Up(migrationBuilder, ServiceAreaConversion.Postgres);

            migrationBuilder.DropColumn(
                name: "Place",
                table: "Resources");

            migrationBuilder.DropColumn(
                name: "Region",
                table: "Resources");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Place",
                table: "Resources",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Region",
                table: "Resources",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            // By hand: the old scope, and the first place as text ("Portland, OR"); other places are lost.
            migrationBuilder.Sql("""
                UPDATE "Resources" SET
                  "Region" = CASE WHEN json_array_length("Areas"::json) = 0 THEN 'International' WHEN ("Areas"::json->0->>'city') IS NOT NULL THEN 'City' WHEN ("Areas"::json->0->>'region') IS NOT NULL THEN 'State' ELSE 'National' END,
                  "Place" = CASE WHEN ("Areas"::json->0->>'city') IS NOT NULL AND ("Areas"::json->0->>'region') IS NOT NULL THEN ("Areas"::json->0->>'city') || ', ' || ("Areas"::json->0->>'region') ELSE COALESCE(("Areas"::json->0->>'city'), ("Areas"::json->0->>'region')) END;
                """);

            migrationBuilder.DropColumn(
                name: "Areas",
                table: "Resources");
        }
    }
}
