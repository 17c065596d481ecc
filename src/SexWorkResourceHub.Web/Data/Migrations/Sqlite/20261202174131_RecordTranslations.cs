using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SexWorkResourceHub.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecordTranslations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "Resources",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "Events",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Translations",
                table: "Resources");

            migrationBuilder.DropColumn(
                name: "Translations",
                table: "Events");
        }
    }
}
