using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Iljari.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DashboardSpeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "JobPostings",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OpenedOn",
                table: "JobPostings",
                type: "date",
                nullable: true);

            // Backfill the Korean days of published postings (JobPosting.KeepSpan keeps them from now on).
            migrationBuilder.Sql("""
                UPDATE "JobPostings" SET "OpenedOn" = (("PublishedAt" AT TIME ZONE 'UTC') + interval '9 hours')::date,
                    "EndedOn" = CASE WHEN "ClosedAt" IS NOT NULL AND (("ClosedAt" AT TIME ZONE 'UTC') + interval '9 hours')::date <= "CloseDate" THEN (("ClosedAt" AT TIME ZONE 'UTC') + interval '9 hours')::date ELSE "CloseDate" + 1 END
                WHERE "PublishedAt" IS NOT NULL;
                """);

            // Wish rows are kept only for seekers not marked 재직 (SeekerWishInterceptor).
            migrationBuilder.Sql("""
                DELETE FROM "SeekerWishes" WHERE "SeekerProfileId" IN (SELECT "Id" FROM "SeekerProfiles" WHERE "Status" = 'Employed');
                """);

            migrationBuilder.CreateIndex(
                name: "IX_JobPostings_EndedOn_OpenedOn_RegionCode",
                table: "JobPostings",
                columns: new[] { "EndedOn", "OpenedOn", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_JobPostings_OpenedOn_RegionCode",
                table: "JobPostings",
                columns: new[] { "OpenedOn", "RegionCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_JobPostings_EndedOn_OpenedOn_RegionCode",
                table: "JobPostings");

            migrationBuilder.DropIndex(
                name: "IX_JobPostings_OpenedOn_RegionCode",
                table: "JobPostings");

            migrationBuilder.DropColumn(
                name: "EndedOn",
                table: "JobPostings");

            migrationBuilder.DropColumn(
                name: "OpenedOn",
                table: "JobPostings");
        }
    }
}
