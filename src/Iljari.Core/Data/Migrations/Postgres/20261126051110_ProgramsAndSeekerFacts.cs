using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Iljari.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProgramsAndSeekerFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "Circumstances",
                table: "SeekerProfiles",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<bool>(
                name: "LivesInGoyang",
                table: "SeekerProfiles",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "SeekerProfiles",
                type: "character varying(12)",
                maxLength: 12,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "JobPrograms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Description = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    ApplicationOpens = table.Column<DateOnly>(type: "date", nullable: false),
                    ApplicationCloses = table.Column<DateOnly>(type: "date", nullable: false),
                    Rules = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
