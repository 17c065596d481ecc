using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SexWorkResourceHub.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            ServiceAreaConversion.Up(migrationBuilder, ServiceAreaConversion.Sqlite);

            // SQLite drops a plain column in place (3.35 and later). DropColumn would rebuild the table, which
            // needs foreign keys off outside the migration's transaction, and warns on every new store.
            migrationBuilder.Sql("""ALTER TABLE "Resources" DROP COLUMN "Place";""");
            migrationBuilder.Sql("""ALTER TABLE "Resources" DROP COLUMN "Region";""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Place",
                table: "Resources",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Region",
                table: "Resources",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            // By hand: the old scope, and the first place as text ("Portland, OR"); other places are lost.
            migrationBuilder.Sql("""
                UPDATE "Resources" SET
                  "Region" = CASE WHEN json_array_length("Areas") = 0 THEN 'International' WHEN json_extract("Areas", '$[0].city') IS NOT NULL THEN 'City' WHEN json_extract("Areas", '$[0].region') IS NOT NULL THEN 'State' ELSE 'National' END,
                  "Place" = CASE WHEN json_extract("Areas", '$[0].city') IS NOT NULL AND json_extract("Areas", '$[0].region') IS NOT NULL THEN json_extract("Areas", '$[0].city') || ', ' || json_extract("Areas", '$[0].region') ELSE COALESCE(json_extract("Areas", '$[0].city'), json_extract("Areas", '$[0].region')) END;
                """);

            migrationBuilder.DropColumn(
                name: "Areas",
                table: "Resources");
        }
    }
}
