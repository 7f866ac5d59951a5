using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Iljari.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SocialEconomy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SocialEnterprises",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Representative = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    BusinessNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    GuCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DesignatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CertifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SocialMission = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CompanyId = table.Column<int>(type: "integer", nullable: true),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    BaselineEmployees = table.Column<int>(type: "integer", nullable: false),
                    BaselineVulnerable = table.Column<int>(type: "integer", nullable: false),
                    Employees = table.Column<int>(type: "integer", nullable: false),
                    VulnerableEmployees = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SocialEnterprises", x => x.Id);
                    table.CheckConstraint("CK_SocialEnterprises_Headcount", "\"Employees\" >= 0 AND \"VulnerableEmployees\" >= 0 AND \"VulnerableEmployees\" <= \"Employees\" AND \"BaselineEmployees\" >= 0 AND \"BaselineVulnerable\" >= 0 AND \"BaselineVulnerable\" <= \"BaselineEmployees\"");
                    table.CheckConstraint("CK_SocialEnterprises_Stage", "\"Stage\" IN ('Education', 'Consulting', 'Commercialisation', 'Marketing', 'Networking')");
                    table.CheckConstraint("CK_SocialEnterprises_Type", "\"Type\" IN ('Social', 'PreSocial', 'Cooperative', 'SocialCooperative', 'Village', 'SelfSufficiency')");
                    table.ForeignKey(
                        name: "FK_SocialEnterprises_Organisations_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SocialEnterprises_Organisations_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "EnterpriseActivities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ConsultantName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ReportSummary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReportFile = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReportFileName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnterpriseActivities", x => x.Id);
                    table.CheckConstraint("CK_EnterpriseActivities_Status", "\"Status\" IN ('Planned', 'Completed')");
                    table.ForeignKey(
                        name: "FK_EnterpriseActivities_SocialEnterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "SocialEnterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EnterpriseHeadcounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    Employees = table.Column<int>(type: "integer", nullable: false),
                    Vulnerable = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnterpriseHeadcounts", x => x.Id);
                    table.CheckConstraint("CK_EnterpriseHeadcounts_Counts", "\"Employees\" >= 0 AND \"Vulnerable\" >= 0 AND \"Vulnerable\" <= \"Employees\"");
                    table.ForeignKey(
                        name: "FK_EnterpriseHeadcounts_SocialEnterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "SocialEnterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EnterpriseRevenues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Band = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnterpriseRevenues", x => x.Id);
                    table.CheckConstraint("CK_EnterpriseRevenues_Band", "\"Band\" IN ('Under100M', 'From100MTo500M', 'From500MTo1B', 'Over1B')");
                    table.ForeignKey(
                        name: "FK_EnterpriseRevenues_SocialEnterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "SocialEnterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EnterpriseStageChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ByUserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnterpriseStageChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnterpriseStageChanges_SocialEnterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "SocialEnterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseActivities_EnterpriseId_Stage_Status",
                table: "EnterpriseActivities",
                columns: new[] { "EnterpriseId", "Stage", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseHeadcounts_EnterpriseId_AsOf",
                table: "EnterpriseHeadcounts",
                columns: new[] { "EnterpriseId", "AsOf" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseRevenues_EnterpriseId_Year",
                table: "EnterpriseRevenues",
                columns: new[] { "EnterpriseId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseStageChanges_EnterpriseId_At",
                table: "EnterpriseStageChanges",
                columns: new[] { "EnterpriseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_SocialEnterprises_AgencyId_BusinessNumber",
                table: "SocialEnterprises",
                columns: new[] { "AgencyId", "BusinessNumber" },
                unique: true,
                filter: "\"BusinessNumber\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SocialEnterprises_AgencyId_Name",
                table: "SocialEnterprises",
                columns: new[] { "AgencyId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_SocialEnterprises_AgencyId_Stage",
                table: "SocialEnterprises",
                columns: new[] { "AgencyId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_SocialEnterprises_CompanyId",
                table: "SocialEnterprises",
                column: "CompanyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EnterpriseActivities");

            migrationBuilder.DropTable(
                name: "EnterpriseHeadcounts");

            migrationBuilder.DropTable(
                name: "EnterpriseRevenues");

            migrationBuilder.DropTable(
                name: "EnterpriseStageChanges");

            migrationBuilder.DropTable(
                name: "SocialEnterprises");
        }
    }
}
