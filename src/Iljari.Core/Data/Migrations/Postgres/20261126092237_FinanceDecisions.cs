using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Iljari.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FinanceDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "SelectedAt",
                table: "InterestSupportApplications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SelectedByUserId",
                table: "InterestSupportApplications",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DecidedAt",
                table: "Guarantees",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecidedByUserId",
                table: "Guarantees",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SelectedAt",
                table: "InterestSupportApplications");

            migrationBuilder.DropColumn(
                name: "SelectedByUserId",
                table: "InterestSupportApplications");

            migrationBuilder.DropColumn(
                name: "DecidedAt",
                table: "Guarantees");

            migrationBuilder.DropColumn(
                name: "DecidedByUserId",
                table: "Guarantees");
        }
    }
}
