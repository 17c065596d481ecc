using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SexWorkResourceHub.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ResourceDetailsChecksAndLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Fees",
                table: "Resources",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FirstContact",
                table: "Resources",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Interpretation",
                table: "Resources",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MaximumAge",
                table: "Resources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MinimumAge",
                table: "Resources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MinorsAlone",
                table: "Resources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Schedule",
                table: "Resources",
                type: "TEXT",
                nullable: false,
                // Set by hand: existing resources list no hours, which is an empty OpeningHours in JSON.
                defaultValue: "{}");

            migrationBuilder.AddColumn<DateOnly>(
                name: "SexWorkerLedAgreed",
                table: "Resources",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Role",
                table: "Editors",
                type: "TEXT",
                maxLength: 60,
                nullable: false,
                // Set by hand: existing editors get the default role (Editor.DefaultRole).
                defaultValue: "Editor");

            migrationBuilder.CreateTable(
                name: "LinkChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    RedirectTo = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ElapsedMilliseconds = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FoundIn = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkChecks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Verifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CheckedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Verifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Verifications_Resources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "Resources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LinkChecks_Url",
                table: "LinkChecks",
                column: "Url",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Verifications_ResourceId_CheckedOn",
                table: "Verifications",
                columns: new[] { "ResourceId", "CheckedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LinkChecks");

            migrationBuilder.DropTable(
                name: "Verifications");

            migrationBuilder.DropColumn(
                name: "Fees",
                table: "Resources");

            migrationBuilder.DropColumn(
                name: "FirstContact",
                table: "Resources");

            migrationBuilder.DropColumn(
                name: "Interpretation",
                table: "Resources");

            migrationBuilder.DropColumn(
                name: "MaximumAge",
                table: "Resources");

            migrationBuilder.DropColumn(
                name: "MinimumAge",
                table: "Resources");

            migrationBuilder.DropColumn(
                name: "MinorsAlone",
                table: "Resources");

            migrationBuilder.DropColumn(
                name: "Schedule",
                table: "Resources");

            migrationBuilder.DropColumn(
                name: "SexWorkerLedAgreed",
                table: "Resources");

            migrationBuilder.DropColumn(
                name: "Role",
                table: "Editors");
        }
    }
}
