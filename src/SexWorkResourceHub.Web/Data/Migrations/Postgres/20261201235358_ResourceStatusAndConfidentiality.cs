using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SexWorkResourceHub.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ResourceStatusAndConfidentiality : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Alert",
                table: "Resources",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Confidentiality",
                table: "Resources",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConfidentialityChecked",
                table: "Resources",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConfidentialitySource",
                table: "Resources",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Resources",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                // By hand: resources stored before this migration are open ("Active"), not an empty status.
                defaultValue: "Active");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Alert",
                table: "Resources");

            migrationBuilder.DropColumn(
                name: "Confidentiality",
                table: "Resources");

            migrationBuilder.DropColumn(
                name: "ConfidentialityChecked",
                table: "Resources");

            migrationBuilder.DropColumn(
                name: "ConfidentialitySource",
                table: "Resources");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Resources");
        }
    }
}
