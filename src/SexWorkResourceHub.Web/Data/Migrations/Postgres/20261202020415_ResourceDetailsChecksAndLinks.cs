using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SexWorkResourceHub.Web.Data.Migrations.Postgres
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
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FirstContact",
                table: "Resources",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Interpretation",
                table: "Resources",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MaximumAge",
                table: "Resources",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MinimumAge",
                table: "Resources",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MinorsAlone",
                table: "Resources",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Schedule",
                table: "Resources",
                type: "text",
                nullable: false,
                // Set by hand: existing resources list no hours, which is an empty OpeningHours in JSON.
                defaultValue: "{}");

            migrationBuilder.AddColumn<DateOnly>(
                name: "SexWorkerLedAgreed",
                table: "Resources",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Role",
                table: "Editors",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                // Set by hand: existing editors get the default role (Editor.DefaultRole).
                defaultValue: "Editor");

            migrationBuilder.CreateTable(
                name: "LinkChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StatusCode = table.Column<int>(type: "integer", nullable: true),
                    RedirectTo = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ElapsedMilliseconds = table.Column<int>(type: "integer", nullable: false),
                    CheckedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FoundIn = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkChecks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Verifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ResourceId = table.Column<int>(type: "integer", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Role = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CheckedBy = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
