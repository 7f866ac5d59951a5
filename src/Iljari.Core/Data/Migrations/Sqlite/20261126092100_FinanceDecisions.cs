using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Iljari.Core.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SelectedByUserId",
                table: "InterestSupportApplications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DecidedAt",
                table: "Guarantees",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecidedByUserId",
                table: "Guarantees",
                type: "TEXT",
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
