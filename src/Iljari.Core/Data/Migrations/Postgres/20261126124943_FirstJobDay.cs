using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Iljari.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FirstJobDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "FirstJobOn",
                table: "SeekerProfiles",
                type: "date",
                nullable: true);

            // Backfill the first job on or after the Korean registration day (FirstJobInterceptor keeps it from now on).
            migrationBuilder.Sql("""
                UPDATE "SeekerProfiles" AS s SET "FirstJobOn" = (SELECT MIN(p."StartDate") FROM "Placements" AS p
                    WHERE p."SeekerProfileId" = s."Id" AND p."StartDate" >= ((s."CreatedAt" AT TIME ZONE 'UTC') + interval '9 hours')::date);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_SeekerProfiles_CreatedAt_FirstJobOn",
                table: "SeekerProfiles",
                columns: new[] { "CreatedAt", "FirstJobOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_StartDate_SeekerProfileId_JobPostingId",
                table: "Placements",
                columns: new[] { "StartDate", "SeekerProfileId", "JobPostingId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAssignments_AgencyId_RequestedAt_SeekerProfileId",
                table: "CaseAssignments",
                columns: new[] { "AgencyId", "RequestedAt", "SeekerProfileId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SeekerProfiles_CreatedAt_FirstJobOn",
                table: "SeekerProfiles");

            migrationBuilder.DropIndex(
                name: "IX_Placements_StartDate_SeekerProfileId_JobPostingId",
                table: "Placements");

            migrationBuilder.DropIndex(
                name: "IX_CaseAssignments_AgencyId_RequestedAt_SeekerProfileId",
                table: "CaseAssignments");

            migrationBuilder.DropColumn(
                name: "FirstJobOn",
                table: "SeekerProfiles");
        }
    }
}
