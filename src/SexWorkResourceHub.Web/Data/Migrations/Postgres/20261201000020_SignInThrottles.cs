using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SexWorkResourceHub.Web.Data.Migrations.Postgres;

/// <summary>Sign-in throttling by email and network address together (PostgreSQL); see the SQLite twin.</summary>
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
                Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Failures = table.Column<int>(type: "integer", nullable: false),
                Blocks = table.Column<int>(type: "integer", nullable: false),
                BlockedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                LastFailureAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SignInThrottles", x => x.Key));

        migrationBuilder.CreateIndex(name: "IX_SignInThrottles_LastFailureAt", table: "SignInThrottles", column: "LastFailureAt");

        migrationBuilder.Sql("UPDATE \"Editors\" SET \"FailedSignIns\" = 0;");
        migrationBuilder.DropColumn(name: "LockedUntil", table: "Editors");
        migrationBuilder.AddColumn<DateTime>(name: "LastFailedSignInAt", table: "Editors", type: "timestamp with time zone", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "LastFailedSignInAt", table: "Editors");
        migrationBuilder.AddColumn<DateTime>(name: "LockedUntil", table: "Editors", type: "timestamp with time zone", nullable: true);
        migrationBuilder.DropTable(name: "SignInThrottles");
    }
}
