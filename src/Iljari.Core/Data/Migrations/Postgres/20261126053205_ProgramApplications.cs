using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Iljari.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProgramApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProgramApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgramId = table.Column<int>(type: "integer", nullable: false),
                    SeekerProfileId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    EligibilityReason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AppliedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramApplications", x => x.Id);
                    table.CheckConstraint("CK_ProgramApplications_Status", "\"Status\" IN ('Applied', 'Approved', 'Waitlisted', 'Cancelled', 'Rejected')");
                    table.ForeignKey(
                        name: "FK_ProgramApplications_JobPrograms_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "JobPrograms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProgramApplications_SeekerProfiles_SeekerProfileId",
                        column: x => x.SeekerProfileId,
                        principalTable: "SeekerProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProgramApplications_ProgramId_SeekerProfileId",
                table: "ProgramApplications",
                columns: new[] { "ProgramId", "SeekerProfileId" },
                unique: true,
                filter: "\"Status\" IN ('Applied', 'Approved', 'Waitlisted')");

            migrationBuilder.CreateIndex(
                name: "IX_ProgramApplications_ProgramId_Status_AppliedAt",
                table: "ProgramApplications",
                columns: new[] { "ProgramId", "Status", "AppliedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgramApplications_SeekerProfileId",
                table: "ProgramApplications",
                column: "SeekerProfileId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProgramApplications");
        }
    }
}
