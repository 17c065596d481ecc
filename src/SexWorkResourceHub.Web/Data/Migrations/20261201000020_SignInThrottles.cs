using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SexWorkResourceHub.Web.Data.Migrations;

/// <summary>
/// Sign-in throttling by email and network address together (SignInThrottles) instead of a lock on the
/// account, which let a stranger lock any editor out; the account keeps a count of failed attempts to
/// show its editor.
/// </summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261201000020_SignInThrottles")]
public sealed class SignInThrottles : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "SignInThrottles",
            columns: table => new
            {
                Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Failures = table.Column<int>(type: "INTEGER", nullable: false),
                Blocks = table.Column<int>(type: "INTEGER", nullable: false),
                BlockedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                LastFailureAt = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SignInThrottles", x => x.Key));

        migrationBuilder.CreateIndex(name: "IX_SignInThrottles_LastFailureAt", table: "SignInThrottles", column: "LastFailureAt");

        // Counts kept under the old lock meant something else: start the new notice from nothing.
        migrationBuilder.Sql("UPDATE \"Editors\" SET \"FailedSignIns\" = 0;");
        // EF Core's SQLite generator rebuilds a table to drop a column, which needs a model snapshot these
        // hand-written migrations do not have; SQLite (3.35 and later, as bundled) drops it in place.
        migrationBuilder.Sql("ALTER TABLE \"Editors\" DROP COLUMN \"LockedUntil\";");
        migrationBuilder.AddColumn<DateTime>(name: "LastFailedSignInAt", table: "Editors", type: "TEXT", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "LastFailedSignInAt", table: "Editors");
        migrationBuilder.AddColumn<DateTime>(name: "LockedUntil", table: "Editors", type: "TEXT", nullable: true);
        migrationBuilder.DropTable(name: "SignInThrottles");
    }
}
