using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SexWorkResourceHub.Web.Data.Migrations.Postgres;

/// <summary>
/// No lost edits, on PostgreSQL: a version on resources and events (existing rows start at 0), the
/// version each audit entry left its record at, the suggestion forms' idempotency key, unique, and the
/// pending suggestions indexed oldest first for the paged moderation list.
/// </summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261201000010_ConcurrencyAndIdempotency")]
public sealed class ConcurrencyAndIdempotency : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "Version", table: "Resources", type: "integer", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<int>(name: "Version", table: "Events", type: "integer", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<int>(name: "RecordVersion", table: "AuditEntries", type: "integer", nullable: true);
        migrationBuilder.AddColumn<string>(name: "IdempotencyKey", table: "Suggestions", type: "character varying(32)", maxLength: 32, nullable: true);
        migrationBuilder.CreateIndex(name: "IX_Suggestions_IdempotencyKey", table: "Suggestions", column: "IdempotencyKey", unique: true);
        migrationBuilder.DropIndex(name: "IX_Suggestions_Status", table: "Suggestions");
        migrationBuilder.CreateIndex(name: "IX_Suggestions_Status_CreatedAt", table: "Suggestions", columns: ["Status", "CreatedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Suggestions_Status_CreatedAt", table: "Suggestions");
        migrationBuilder.CreateIndex(name: "IX_Suggestions_Status", table: "Suggestions", column: "Status");
        migrationBuilder.DropIndex(name: "IX_Suggestions_IdempotencyKey", table: "Suggestions");
        migrationBuilder.DropColumn(name: "IdempotencyKey", table: "Suggestions");
        migrationBuilder.DropColumn(name: "RecordVersion", table: "AuditEntries");
        migrationBuilder.DropColumn(name: "Version", table: "Events");
        migrationBuilder.DropColumn(name: "Version", table: "Resources");
    }
}
