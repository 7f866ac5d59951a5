using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Iljari.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Guarantees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GuaranteeSchemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FirstYear = table.Column<int>(type: "integer", nullable: false),
                    LastYear = table.Column<int>(type: "integer", nullable: false),
                    TotalLimit = table.Column<long>(type: "bigint", nullable: false),
                    MaxPerFirm = table.Column<long>(type: "bigint", nullable: false),
                    LimitVersion = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuaranteeSchemes", x => x.Id);
                    table.CheckConstraint("CK_GuaranteeSchemes_Limit", "\"TotalLimit\" > 0 AND \"MaxPerFirm\" <= \"TotalLimit\"");
                    table.ForeignKey(
                        name: "FK_GuaranteeSchemes_Organisations_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InterestSupportRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Quota = table.Column<int>(type: "integer", nullable: false),
                    Selection = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RateBasisPoints = table.Column<int>(type: "integer", nullable: false),
                    MaxLoan = table.Column<long>(type: "bigint", nullable: false),
                    Months = table.Column<int>(type: "integer", nullable: false),
                    Opens = table.Column<DateOnly>(type: "date", nullable: false),
                    Closes = table.Column<DateOnly>(type: "date", nullable: false),
                    QuotaVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterestSupportRounds", x => x.Id);
                    table.CheckConstraint("CK_InterestSupportRounds_Quota", "\"Quota\" > 0");
                    table.ForeignKey(
                        name: "FK_InterestSupportRounds_Organisations_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Guarantees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchemeId = table.Column<int>(type: "integer", nullable: false),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    TermMonths = table.Column<int>(type: "integer", nullable: false),
                    Bank = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Outstanding = table.Column<long>(type: "bigint", nullable: false),
                    Subrogated = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Guarantees", x => x.Id);
                    table.CheckConstraint("CK_Guarantees_Balances", "\"Outstanding\" >= 0 AND \"Subrogated\" >= 0 AND \"Outstanding\" <= \"Amount\"");
                    table.CheckConstraint("CK_Guarantees_Term", "\"TermMonths\" BETWEEN 6 AND 60");
                    table.ForeignKey(
                        name: "FK_Guarantees_GuaranteeSchemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "GuaranteeSchemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Guarantees_Organisations_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InterestSupportApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    LoanAmount = table.Column<long>(type: "bigint", nullable: false),
                    Bank = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    LoanStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: true),
                    AppliedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterestSupportApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InterestSupportApplications_InterestSupportRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "InterestSupportRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InterestSupportApplications_Organisations_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GuaranteeEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GuaranteeId = table.Column<int>(type: "integer", nullable: false),
                    SchemeId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Outstanding = table.Column<long>(type: "bigint", nullable: false),
                    Subrogated = table.Column<long>(type: "bigint", nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuaranteeEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GuaranteeEntries_Guarantees_GuaranteeId",
                        column: x => x.GuaranteeId,
                        principalTable: "Guarantees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InterestPayments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterestPayments", x => x.Id);
                    table.CheckConstraint("CK_InterestPayments_Amount", "\"Amount\" > 0");
                    table.ForeignKey(
                        name: "FK_InterestPayments_InterestSupportApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "InterestSupportApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GuaranteeEntries_GuaranteeId",
                table: "GuaranteeEntries",
                column: "GuaranteeId");

            migrationBuilder.CreateIndex(
                name: "IX_GuaranteeEntries_SchemeId_On",
                table: "GuaranteeEntries",
                columns: new[] { "SchemeId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_Guarantees_CompanyId",
                table: "Guarantees",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_Guarantees_SchemeId_CompanyId",
                table: "Guarantees",
                columns: new[] { "SchemeId", "CompanyId" },
                unique: true,
                filter: "\"Status\" IN ('Applied', 'Active')");

            migrationBuilder.CreateIndex(
                name: "IX_Guarantees_SchemeId_Status",
                table: "Guarantees",
                columns: new[] { "SchemeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_GuaranteeSchemes_AgencyId",
                table: "GuaranteeSchemes",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_InterestPayments_ApplicationId_Month",
                table: "InterestPayments",
                columns: new[] { "ApplicationId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InterestSupportApplications_CompanyId",
                table: "InterestSupportApplications",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_InterestSupportApplications_RoundId_CompanyId",
                table: "InterestSupportApplications",
                columns: new[] { "RoundId", "CompanyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InterestSupportApplications_RoundId_Status_AppliedAt",
                table: "InterestSupportApplications",
                columns: new[] { "RoundId", "Status", "AppliedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InterestSupportRounds_AgencyId",
                table: "InterestSupportRounds",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_InterestSupportRounds_Year",
                table: "InterestSupportRounds",
                column: "Year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GuaranteeEntries");

            migrationBuilder.DropTable(
                name: "InterestPayments");

            migrationBuilder.DropTable(
                name: "Guarantees");

            migrationBuilder.DropTable(
                name: "InterestSupportApplications");

            migrationBuilder.DropTable(
                name: "GuaranteeSchemes");

            migrationBuilder.DropTable(
                name: "InterestSupportRounds");
        }
    }
}
