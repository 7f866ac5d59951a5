using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Iljari.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProgramSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CompletionPercent",
                table: "JobPrograms",
                type: "INTEGER",
                nullable: false,
                defaultValue: 80);

            migrationBuilder.CreateTable(
                name: "ProgramFollowUpReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    Months = table.Column<int>(type: "INTEGER", nullable: false),
                    Missing = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramFollowUpReminders", x => x.Id);
                    table.CheckConstraint("CK_ProgramFollowUpReminders_Months", "\"Months\" IN (3, 6, 12)");
                    table.ForeignKey(
                        name: "FK_ProgramFollowUpReminders_JobPrograms_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "JobPrograms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgramFollowUps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgramApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Months = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramFollowUps", x => x.Id);
                    table.CheckConstraint("CK_ProgramFollowUps_Months", "\"Months\" IN (3, 6, 12)");
                    table.CheckConstraint("CK_ProgramFollowUps_Outcome", "\"Outcome\" IN ('Employed', 'NotEmployed', 'EducationOrTraining')");
                    table.ForeignKey(
                        name: "FK_ProgramFollowUps_ProgramApplications_ProgramApplicationId",
                        column: x => x.ProgramApplicationId,
                        principalTable: "ProgramApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgramSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    EndTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Instructor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramSessions", x => x.Id);
                    table.CheckConstraint("CK_ProgramSessions_Hours", "\"EndTime\" > \"StartTime\"");
                    table.ForeignKey(
                        name: "FK_ProgramSessions_JobPrograms_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "JobPrograms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgramAttendance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgramApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramAttendance", x => x.Id);
                    table.CheckConstraint("CK_ProgramAttendance_Status", "\"Status\" IN ('Present', 'Late', 'Absent', 'Excused')");
                    table.ForeignKey(
                        name: "FK_ProgramAttendance_ProgramApplications_ProgramApplicationId",
                        column: x => x.ProgramApplicationId,
                        principalTable: "ProgramApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProgramAttendance_ProgramSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "ProgramSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "CK_JobPrograms_CompletionPercent",
                table: "JobPrograms",
                sql: "\"CompletionPercent\" BETWEEN 1 AND 100");

            migrationBuilder.CreateIndex(
                name: "IX_ProgramAttendance_ProgramApplicationId",
                table: "ProgramAttendance",
                column: "ProgramApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgramAttendance_SessionId_ProgramApplicationId",
                table: "ProgramAttendance",
                columns: new[] { "SessionId", "ProgramApplicationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgramFollowUpReminders_ProgramId_Months",
                table: "ProgramFollowUpReminders",
                columns: new[] { "ProgramId", "Months" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgramFollowUps_ProgramApplicationId_Months",
                table: "ProgramFollowUps",
                columns: new[] { "ProgramApplicationId", "Months" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgramSessions_ProgramId_Date_StartTime",
                table: "ProgramSessions",
                columns: new[] { "ProgramId", "Date", "StartTime" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProgramAttendance");

            migrationBuilder.DropTable(
                name: "ProgramFollowUpReminders");

            migrationBuilder.DropTable(
                name: "ProgramFollowUps");

            migrationBuilder.DropTable(
                name: "ProgramSessions");

            migrationBuilder.DropCheckConstraint(
                name: "CK_JobPrograms_CompletionPercent",
                table: "JobPrograms");

            migrationBuilder.DropColumn(
                name: "CompletionPercent",
                table: "JobPrograms");
        }
    }
}
