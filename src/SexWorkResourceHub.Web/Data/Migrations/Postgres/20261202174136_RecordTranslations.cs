using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SexWorkResourceHub.Web.Data.Migrations.Postgres
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
                type: "text",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "Events",
                type: "text",
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
