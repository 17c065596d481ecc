using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SexWorkResourceHub.Web.Data.Migrations;

/// <summary>Resources and events. Written by hand (see docs/operators/database.md); kept equal to the model by a test.</summary>
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
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                Start = table.Column<DateTime>(type: "TEXT", nullable: false),
                End = table.Column<DateTime>(type: "TEXT", nullable: true),
                TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                AllDay = table.Column<bool>(type: "INTEGER", nullable: false),
                Yearly = table.Column<bool>(type: "INTEGER", nullable: false),
                Participation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                HowToJoin = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                Organiser = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                Series = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Events", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Resources",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                Tags = table.Column<string>(type: "TEXT", nullable: false),
                Region = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                Languages = table.Column<string>(type: "TEXT", nullable: false),
                SexWorkerLed = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                TextNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                Tty = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                Hours = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                LastVerified = table.Column<DateOnly>(type: "TEXT", nullable: true),
                CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
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
