using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Iljari.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccessAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessAlerts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    WindowStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WindowEnd = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DistinctSubjects = table.Column<int>(type: "INTEGER", nullable: false),
                    Threshold = table.Column<int>(type: "INTEGER", nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcknowledgedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AcknowledgedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessAlerts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessAlerts_AcknowledgedAt",
                table: "AccessAlerts",
                column: "AcknowledgedAt");

            migrationBuilder.CreateIndex(
                name: "IX_AccessAlerts_UserId_WindowEnd",
                table: "AccessAlerts",
                columns: new[] { "UserId", "WindowEnd" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessAlerts");
        }
    }
}
