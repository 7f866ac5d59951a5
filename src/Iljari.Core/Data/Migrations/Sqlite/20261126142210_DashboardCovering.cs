using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Iljari.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DashboardCovering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Placements_StartDate_SeekerProfileId_JobPostingId",
                table: "Placements");

            migrationBuilder.CreateIndex(
                name: "IX_SeekerProfiles_Id_BirthYear_Circumstances",
                table: "SeekerProfiles",
                columns: new[] { "Id", "BirthYear", "Circumstances" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_StartDate_SeekerProfileId_JobPostingId_JobApplicationId_CompanyId",
                table: "Placements",
                columns: new[] { "StartDate", "SeekerProfileId", "JobPostingId", "JobApplicationId", "CompanyId" });

            migrationBuilder.CreateIndex(
                name: "IX_JobPostings_Id_RegionCode_OccupationCode",
                table: "JobPostings",
                columns: new[] { "Id", "RegionCode", "OccupationCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SeekerProfiles_Id_BirthYear_Circumstances",
                table: "SeekerProfiles");

            migrationBuilder.DropIndex(
                name: "IX_Placements_StartDate_SeekerProfileId_JobPostingId_JobApplicationId_CompanyId",
                table: "Placements");

            migrationBuilder.DropIndex(
                name: "IX_JobPostings_Id_RegionCode_OccupationCode",
                table: "JobPostings");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_StartDate_SeekerProfileId_JobPostingId",
                table: "Placements",
                columns: new[] { "StartDate", "SeekerProfileId", "JobPostingId" });
        }
    }
}
