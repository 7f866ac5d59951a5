using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Iljari.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Incentives : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "JobPostingId",
                table: "Placements",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<int>(
                name: "JobApplicationId",
                table: "Placements",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<int>(
                name: "CompanyId",
                table: "Placements",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<string>(
                name: "EmployerName",
                table: "Placements",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            // Jobs recorded before this column were hires with insurance assumed, as the placement form now asks.
            migrationBuilder.AddColumn<bool>(
                name: "EmploymentInsured",
                table: "Placements",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndDate",
                table: "Placements",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "IncentiveSchemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RuleVersions = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    LedgerVersion = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncentiveSchemes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Instance = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Items = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => new { x.Name, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "PaymentBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchemeId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PaidByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    PaidAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentBatches_IncentiveSchemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "IncentiveSchemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IncentiveClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchemeId = table.Column<int>(type: "integer", nullable: false),
                    RulesVersion = table.Column<int>(type: "integer", nullable: false),
                    SeekerProfileId = table.Column<int>(type: "integer", nullable: false),
                    PlacementId = table.Column<int>(type: "integer", nullable: false),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    MilestoneMonths = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    ReachedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BankName = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    AccountNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    AccountHolder = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    FiledByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    FiledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReviewReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReviewedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    BatchId = table.Column<int>(type: "integer", nullable: true),
                    PaidAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IncentiveClaims", x => x.Id);
                    table.CheckConstraint("CK_IncentiveClaims_Amount", "\"Amount\" > 0");
                    table.CheckConstraint("CK_IncentiveClaims_Status", "\"Status\" IN ('Submitted', 'SupplementRequested', 'Approved', 'Rejected', 'Paid', 'Reversed')");
                    table.ForeignKey(
                        name: "FK_IncentiveClaims_IncentiveSchemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "IncentiveSchemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IncentiveClaims_Organisations_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IncentiveClaims_PaymentBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "PaymentBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IncentiveClaims_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IncentiveClaims_SeekerProfiles_SeekerProfileId",
                        column: x => x.SeekerProfileId,
                        principalTable: "SeekerProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClaimEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClaimId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    StoredName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OriginalName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClaimEvidence_IncentiveClaims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "IncentiveClaims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LedgerTransactions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchemeId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ClaimId = table.Column<int>(type: "integer", nullable: true),
                    BatchId = table.Column<int>(type: "integer", nullable: true),
                    ReversesTransactionId = table.Column<int>(type: "integer", nullable: true),
                    Memo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerTransactions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LedgerTransactions_IncentiveClaims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "IncentiveClaims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LedgerTransactions_IncentiveSchemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "IncentiveSchemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LedgerTransactions_PaymentBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "PaymentBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LedgerEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TransactionId = table.Column<int>(type: "integer", nullable: false),
                    Account = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerEntries", x => x.Id);
                    table.CheckConstraint("CK_LedgerEntries_Amount", "\"Amount\" <> 0");
                    table.ForeignKey(
                        name: "FK_LedgerEntries_LedgerTransactions_TransactionId",
                        column: x => x.TransactionId,
                        principalTable: "LedgerTransactions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.AddCheckConstraint(
                name: "CK_Placements_End",
                table: "Placements",
                sql: "\"EndDate\" IS NULL OR \"EndDate\" >= \"StartDate\"");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Placements_Source",
                table: "Placements",
                sql: "\"JobApplicationId\" IS NOT NULL OR \"EmployerName\" <> ''");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimEvidence_ClaimId",
                table: "ClaimEvidence",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_IncentiveClaims_AgencyId_Status_FiledAt",
                table: "IncentiveClaims",
                columns: new[] { "AgencyId", "Status", "FiledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IncentiveClaims_BatchId",
                table: "IncentiveClaims",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_IncentiveClaims_PlacementId_MilestoneMonths",
                table: "IncentiveClaims",
                columns: new[] { "PlacementId", "MilestoneMonths" },
                unique: true,
                filter: "\"Status\" IN ('Submitted', 'SupplementRequested', 'Approved', 'Paid')");

            migrationBuilder.CreateIndex(
                name: "IX_IncentiveClaims_SchemeId",
                table: "IncentiveClaims",
                column: "SchemeId");

            migrationBuilder.CreateIndex(
                name: "IX_IncentiveClaims_SeekerProfileId_FiledAt",
                table: "IncentiveClaims",
                columns: new[] { "SeekerProfileId", "FiledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IncentiveSchemes_Year",
                table: "IncentiveSchemes",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_TransactionId_Account",
                table: "LedgerEntries",
                columns: new[] { "TransactionId", "Account" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerTransactions_BatchId",
                table: "LedgerTransactions",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerTransactions_OneCommitmentPerClaim",
                table: "LedgerTransactions",
                column: "ClaimId",
                unique: true,
                filter: "\"Kind\" = 'Commitment'");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerTransactions_OnePaymentPerClaim",
                table: "LedgerTransactions",
                column: "ClaimId",
                unique: true,
                filter: "\"Kind\" = 'Payment'");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerTransactions_ReversesTransactionId",
                table: "LedgerTransactions",
                column: "ReversesTransactionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerTransactions_SchemeId_CreatedAt",
                table: "LedgerTransactions",
                columns: new[] { "SchemeId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentBatches_SchemeId",
                table: "PaymentBatches",
                column: "SchemeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClaimEvidence");

            migrationBuilder.DropTable(
                name: "JobRuns");

            migrationBuilder.DropTable(
                name: "LedgerEntries");

            migrationBuilder.DropTable(
                name: "LedgerTransactions");

            migrationBuilder.DropTable(
                name: "IncentiveClaims");

            migrationBuilder.DropTable(
                name: "PaymentBatches");

            migrationBuilder.DropTable(
                name: "IncentiveSchemes");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Placements_End",
                table: "Placements");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Placements_Source",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "EmployerName",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "EmploymentInsured",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "EndDate",
                table: "Placements");

            migrationBuilder.AlterColumn<int>(
                name: "JobPostingId",
                table: "Placements",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "JobApplicationId",
                table: "Placements",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "CompanyId",
                table: "Placements",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
