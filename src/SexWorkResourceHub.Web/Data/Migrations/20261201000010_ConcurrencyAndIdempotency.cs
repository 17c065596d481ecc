using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SexWorkResourceHub.Web.Data.Migrations;

/// <summary>
/// No lost edits: a version on resources and events (existing rows start at 0), the version each audit
/// entry left its record at, the suggestion forms' idempotency key, unique (existing suggestions
/// have none), and the pending suggestions indexed oldest first for the paged moderation list.
/// </summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261201000010_ConcurrencyAndIdempotency")]
public sealed class ConcurrencyAndIdempotency : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(name: "Version", table: "Resources", type: "INTEGER", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<int>(name: "Version", table: "Events", type: "INTEGER", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<int>(name: "RecordVersion", table: "AuditEntries", type: "INTEGER", nullable: true);
        migrationBuilder.AddColumn<string>(name: "IdempotencyKey", table: "Suggestions", type: "TEXT", maxLength: 32, nullable: true);
        migrationBuilder.CreateIndex(name: "IX_Suggestions_IdempotencyKey", table: "Suggestions", column: "IdempotencyKey", unique: true);
        migrationBuilder.DropIndex(name: "IX_Suggestions_Status", table: "Suggestions");
        migrationBuilder.CreateIndex(name: "IX_Suggestions_Status_CreatedAt", table: "Suggestions", columns: ["Status", "CreatedAt"]);
    }

    // SQLite drops a column itself since 3.35; EF Core's SQLite provider would rebuild the table instead,
    // which needs a model snapshot that hand-written migrations do not have.
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Suggestions_Status_CreatedAt", table: "Suggestions");
        migrationBuilder.CreateIndex(name: "IX_Suggestions_Status", table: "Suggestions", column: "Status");
        migrationBuilder.DropIndex(name: "IX_Suggestions_IdempotencyKey", table: "Suggestions");
        migrationBuilder.Sql("ALTER TABLE \"Suggestions\" DROP COLUMN \"IdempotencyKey\";");
        migrationBuilder.Sql("ALTER TABLE \"AuditEntries\" DROP COLUMN \"RecordVersion\";");
        migrationBuilder.Sql("ALTER TABLE \"Events\" DROP COLUMN \"Version\";");
        migrationBuilder.Sql("ALTER TABLE \"Resources\" DROP COLUMN \"Version\";");
    }
}
