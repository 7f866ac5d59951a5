using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Iljari.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProgramsAndSeekerFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Circumstances",
                table: "SeekerProfiles",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<bool>(
                name: "LivesInGoyang",
                table: "SeekerProfiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "SeekerProfiles",
                type: "TEXT",
                maxLength: 12,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "JobPrograms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationOpens = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ApplicationCloses = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Rules = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobPrograms", x => x.Id);
                    table.CheckConstraint("CK_JobPrograms_Capacity", "\"Capacity\" > 0");
                    table.ForeignKey(
                        name: "FK_JobPrograms_Organisations_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JobPrograms_AgencyId",
                table: "JobPrograms",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_JobPrograms_ApplicationCloses_Kind",
                table: "JobPrograms",
                columns: new[] { "ApplicationCloses", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobPrograms");

            migrationBuilder.DropColumn(
                name: "Circumstances",
                table: "SeekerProfiles");

            migrationBuilder.DropColumn(
                name: "LivesInGoyang",
                table: "SeekerProfiles");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "SeekerProfiles");
        }
    }
}
