using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace SexWorkResourceHub.Web.Data.Migrations.Postgres;

/// <summary>Editor accounts and sessions, public suggestions and the audit trail, on PostgreSQL. Written by hand; kept equal to the model by a test.</summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261122000002_EditorsSuggestionsAudit")]
public sealed class EditorsSuggestionsAudit : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                EntityType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                EntityId = table.Column<int>(type: "integer", nullable: false),
                Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                ChangedBy = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                Changes = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AuditEntries", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Editors",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                PasswordHash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                IsDisabled = table.Column<bool>(type: "boolean", nullable: false),
                FailedSignIns = table.Column<int>(type: "integer", nullable: false),
                LockedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                LastSignInAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Editors", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Suggestions",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                Fields = table.Column<string>(type: "text", nullable: false),
                Contact = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                DecidedBy = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                ResultSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                EditorNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Suggestions", x => x.Id));

        migrationBuilder.CreateTable(
            name: "EditorSessions",
            columns: table => new
            {
                Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                EditorId = table.Column<int>(type: "integer", nullable: false),
                CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                LastSeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EditorSessions", x => x.Id);
                table.ForeignKey(
                    name: "FK_EditorSessions_Editors_EditorId",
                    column: x => x.EditorId,
                    principalTable: "Editors",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_AuditEntries_EntityType_EntityId", table: "AuditEntries", columns: ["EntityType", "EntityId"]);
        migrationBuilder.CreateIndex(name: "IX_Editors_Email", table: "Editors", column: "Email", unique: true);
        migrationBuilder.CreateIndex(name: "IX_EditorSessions_EditorId", table: "EditorSessions", column: "EditorId");
        migrationBuilder.CreateIndex(name: "IX_Suggestions_Status", table: "Suggestions", column: "Status");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "EditorSessions");
        migrationBuilder.DropTable(name: "AuditEntries");
        migrationBuilder.DropTable(name: "Suggestions");
        migrationBuilder.DropTable(name: "Editors");
    }
}
