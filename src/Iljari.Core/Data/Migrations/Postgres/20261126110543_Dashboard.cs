using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Iljari.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Dashboard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "TargetOccupations",
                table: "JobPrograms",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedAt",
                table: "JobPostings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "KpiTargetChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kpi = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AgencyId = table.Column<int>(type: "integer", nullable: true),
                    OldValue = table.Column<long>(type: "bigint", nullable: true),
                    NewValue = table.Column<long>(type: "bigint", nullable: false),
                    ByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpiTargetChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KpiTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kpi = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AgencyId = table.Column<int>(type: "integer", nullable: true),
                    Value = table.Column<long>(type: "bigint", nullable: false),
                    ChangedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ChangedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpiTargets", x => x.Id);
                    table.CheckConstraint("CK_KpiTargets_Value", "\"Value\" >= 0");
                    table.ForeignKey(
                        name: "FK_KpiTargets_Organisations_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SeekerWishes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SeekerProfileId = table.Column<int>(type: "integer", nullable: false),
                    OccupationCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Gu = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    MonthlyPay = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeekerWishes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SeekerWishes_SeekerProfiles_SeekerProfileId",
                        column: x => x.SeekerProfileId,
                        principalTable: "SeekerProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KpiTargetChanges_Year_At",
                table: "KpiTargetChanges",
                columns: new[] { "Year", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_KpiTargets_AgencyId",
                table: "KpiTargets",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_KpiTargets_Year_Kpi",
                table: "KpiTargets",
                columns: new[] { "Year", "Kpi" },
                unique: true,
                filter: "\"AgencyId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_KpiTargets_Year_Kpi_AgencyId",
                table: "KpiTargets",
                columns: new[] { "Year", "Kpi", "AgencyId" },
                unique: true,
                filter: "\"AgencyId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SeekerWishes_OccupationCode_Gu_MonthlyPay",
                table: "SeekerWishes",
                columns: new[] { "OccupationCode", "Gu", "MonthlyPay" });

            migrationBuilder.CreateIndex(
                name: "IX_SeekerWishes_SeekerProfileId",
                table: "SeekerWishes",
                column: "SeekerProfileId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KpiTargetChanges");

            migrationBuilder.DropTable(
                name: "KpiTargets");

            migrationBuilder.DropTable(
                name: "SeekerWishes");

            migrationBuilder.DropColumn(
                name: "TargetOccupations",
                table: "JobPrograms");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "JobPostings");
        }
    }
}
