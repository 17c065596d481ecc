using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace SexWorkResourceHub.Web.Data.Migrations.Postgres;

/// <summary>Resources and events: the PostgreSQL twin of the SQLite migration with this id. Written by hand; kept equal to the model by a test.</summary>
[DbContext(typeof(HubDbContext))]
[Migration("20261122000001_InitialStore")]
public sealed class InitialStore : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Events",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                Start = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                End = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                TimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                AllDay = table.Column<bool>(type: "boolean", nullable: false),
                Yearly = table.Column<bool>(type: "boolean", nullable: false),
                Participation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                HowToJoin = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                Organiser = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                Series = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                DeletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Events", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Resources",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false).Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                Tags = table.Column<List<string>>(type: "text[]", nullable: false),
                Region = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                Languages = table.Column<List<string>>(type: "text[]", nullable: false),
                SexWorkerLed = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                TextNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                Tty = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                Hours = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                LastVerified = table.Column<DateOnly>(type: "date", nullable: true),
                CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                DeletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Resources", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_Events_Slug", table: "Events", column: "Slug", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Events_Start", table: "Events", column: "Start");
        migrationBuilder.CreateIndex(name: "IX_Resources_Slug", table: "Resources", column: "Slug", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "Events");
        migrationBuilder.DropTable(name: "Resources");
    }
}
