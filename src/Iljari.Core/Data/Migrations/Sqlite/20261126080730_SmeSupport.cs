using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Iljari.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SmeSupport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Difficulties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: false),
                    AttachmentStoredName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AttachmentOriginalName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    AssigneeUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 3000, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TransferReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FiledByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FiledAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Difficulties", x => x.Id);
                    table.CheckConstraint("CK_Difficulties_Category", "\"Category\" IN ('Workforce', 'Finance', 'Sales', 'Regulation', 'Technology')");
                    table.CheckConstraint("CK_Difficulties_Status", "\"Status\" IN ('Received', 'Assigned', 'InProgress', 'Answered', 'Transferred')");
                    table.ForeignKey(
                        name: "FK_Difficulties_Organisations_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Difficulties_Organisations_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupportCalls",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    Opens = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Closes = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Budget = table.Column<long>(type: "INTEGER", nullable: false),
                    Awards = table.Column<int>(type: "INTEGER", nullable: false),
                    Eligibility = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RequiredDocuments = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Criteria = table.Column<string>(type: "TEXT", maxLength: 1500, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    AwardedTotal = table.Column<long>(type: "INTEGER", nullable: false),
                    AwardedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportCalls", x => x.Id);
                    table.CheckConstraint("CK_SupportCalls_Awards", "\"Awards\" > 0 AND \"AwardedCount\" >= 0 AND \"AwardedCount\" <= \"Awards\"");
                    table.CheckConstraint("CK_SupportCalls_Budget", "\"Budget\" > 0 AND \"AwardedTotal\" >= 0 AND \"AwardedTotal\" <= \"Budget\"");
                    table.CheckConstraint("CK_SupportCalls_Period", "\"Opens\" <= \"Closes\"");
                    table.CheckConstraint("CK_SupportCalls_Status", "\"Status\" IN ('Draft', 'Published', 'Closed')");
                    table.ForeignKey(
                        name: "FK_SupportCalls_Organisations_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DifficultyEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DifficultyId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 700, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DifficultyEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DifficultyEvents_Difficulties_DifficultyId",
                        column: x => x.DifficultyId,
                        principalTable: "Difficulties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupportApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CallId = table.Column<int>(type: "INTEGER", nullable: false),
                    CompanyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    RequestedAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    Plan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FoundedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AwardedAmount = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SubmittedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportApplications", x => x.Id);
                    table.CheckConstraint("CK_SupportApplications_Amounts", "\"RequestedAmount\" > 0 AND (\"AwardedAmount\" IS NULL OR (\"AwardedAmount\" > 0 AND \"AwardedAmount\" <= \"RequestedAmount\"))");
                    table.CheckConstraint("CK_SupportApplications_Status", "\"Status\" IN ('Submitted', 'UnderReview', 'Selected', 'NotSelected', 'Withdrawn')");
                    table.ForeignKey(
                        name: "FK_SupportApplications_Organisations_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupportApplications_SupportCalls_CallId",
                        column: x => x.CallId,
                        principalTable: "SupportCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupportReviewers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CallId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    AssignedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportReviewers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportReviewers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupportReviewers_SupportCalls_CallId",
                        column: x => x.CallId,
                        principalTable: "SupportCalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupportApplicationEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportApplicationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportApplicationEvents_SupportApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "SupportApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupportDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OriginalName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportDocuments_SupportApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "SupportApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupportReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewerUserId = table.Column<string>(type: "TEXT", nullable: false),
                    Conflict = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConflictNote = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DeclaredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Scores = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: true),
                    ScoredAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportReviews", x => x.Id);
                    table.CheckConstraint("CK_SupportReviews_Total", "\"Total\" IS NULL OR \"Total\" >= 0");
                    table.ForeignKey(
                        name: "FK_SupportReviews_AspNetUsers_ReviewerUserId",
                        column: x => x.ReviewerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupportReviews_SupportApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "SupportApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Difficulties_AgencyId_Status_DueOn",
                table: "Difficulties",
                columns: new[] { "AgencyId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Difficulties_CompanyId_FiledAt",
                table: "Difficulties",
                columns: new[] { "CompanyId", "FiledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DifficultyEvents_DifficultyId_At",
                table: "DifficultyEvents",
                columns: new[] { "DifficultyId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportApplicationEvents_ApplicationId_At",
                table: "SupportApplicationEvents",
                columns: new[] { "ApplicationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportApplications_CallId_CompanyId",
                table: "SupportApplications",
                columns: new[] { "CallId", "CompanyId" },
                unique: true,
                filter: "\"Status\" IN ('Submitted', 'UnderReview', 'Selected', 'NotSelected')");

            migrationBuilder.CreateIndex(
                name: "IX_SupportApplications_CompanyId_SubmittedAt",
                table: "SupportApplications",
                columns: new[] { "CompanyId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportCalls_AgencyId",
                table: "SupportCalls",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportCalls_Status_Closes",
                table: "SupportCalls",
                columns: new[] { "Status", "Closes" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportDocuments_ApplicationId",
                table: "SupportDocuments",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportReviewers_CallId_UserId",
                table: "SupportReviewers",
                columns: new[] { "CallId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupportReviewers_UserId",
                table: "SupportReviewers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportReviews_ApplicationId_ReviewerUserId",
                table: "SupportReviews",
                columns: new[] { "ApplicationId", "ReviewerUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupportReviews_ReviewerUserId",
                table: "SupportReviews",
                column: "ReviewerUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DifficultyEvents");

            migrationBuilder.DropTable(
                name: "SupportApplicationEvents");

            migrationBuilder.DropTable(
                name: "SupportDocuments");

            migrationBuilder.DropTable(
                name: "SupportReviewers");

            migrationBuilder.DropTable(
                name: "SupportReviews");

            migrationBuilder.DropTable(
                name: "Difficulties");

            migrationBuilder.DropTable(
                name: "SupportApplications");

            migrationBuilder.DropTable(
                name: "SupportCalls");
        }
    }
}
