using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Iljari.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HiringEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HiringEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    EndTime = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Groups = table.Column<List<string>>(type: "text[]", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    MaxChoices = table.Column<int>(type: "integer", nullable: false),
                    RegistrationOpens = table.Column<DateOnly>(type: "date", nullable: false),
                    RegistrationCloses = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NoticeId = table.Column<int>(type: "integer", nullable: true),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SchedulePublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HiringEvents", x => x.Id);
                    table.CheckConstraint("CK_HiringEvents_Capacity", "\"Capacity\" > 0");
                    table.CheckConstraint("CK_HiringEvents_Status", "\"Status\" IN ('Draft', 'Published', 'SchedulePublished', 'Closed', 'Cancelled')");
                    table.ForeignKey(
                        name: "FK_HiringEvents_Organisations_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventBooths",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<int>(type: "integer", nullable: false),
                    CompanyId = table.Column<int>(type: "integer", nullable: false),
                    PostingIds = table.Column<List<int>>(type: "integer[]", nullable: false),
                    SlotMinutes = table.Column<int>(type: "integer", nullable: false),
                    Interviewers = table.Column<int>(type: "integer", nullable: false),
                    Breaks = table.Column<List<string>>(type: "text[]", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventBooths", x => x.Id);
                    table.CheckConstraint("CK_EventBooths_Status", "\"Status\" IN ('Requested', 'Approved', 'Rejected', 'Withdrawn')");
                    table.ForeignKey(
                        name: "FK_EventBooths_HiringEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "HiringEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventBooths_Organisations_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EventRegistrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<int>(type: "integer", nullable: false),
                    SeekerProfileId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Choices = table.Column<List<int>>(type: "integer[]", nullable: false),
                    RegisteredByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    WalkIn = table.Column<bool>(type: "boolean", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CheckedInAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CancelledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventRegistrations", x => x.Id);
                    table.CheckConstraint("CK_EventRegistrations_Status", "\"Status\" IN ('Registered', 'Waitlisted', 'Cancelled')");
                    table.ForeignKey(
                        name: "FK_EventRegistrations_HiringEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "HiringEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventRegistrations_SeekerProfiles_SeekerProfileId",
                        column: x => x.SeekerProfileId,
                        principalTable: "SeekerProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventInterviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EventId = table.Column<int>(type: "integer", nullable: false),
                    BoothId = table.Column<int>(type: "integer", nullable: false),
                    RegistrationId = table.Column<int>(type: "integer", nullable: false),
                    SeekerProfileId = table.Column<int>(type: "integer", nullable: false),
                    StartAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Locked = table.Column<bool>(type: "boolean", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    NextStep = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    OutcomeAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    JobApplicationId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventInterviews", x => x.Id);
                    table.CheckConstraint("CK_EventInterviews_Outcome", "\"Outcome\" IN ('None', 'Pass', 'Hold', 'Fail')");
                    table.ForeignKey(
                        name: "FK_EventInterviews_EventBooths_BoothId",
                        column: x => x.BoothId,
                        principalTable: "EventBooths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EventInterviews_EventRegistrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "EventRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EventInterviews_HiringEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "HiringEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EventBooths_CompanyId",
                table: "EventBooths",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_EventBooths_EventId_CompanyId",
                table: "EventBooths",
                columns: new[] { "EventId", "CompanyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EventInterviews_BoothId",
                table: "EventInterviews",
                column: "BoothId");

            migrationBuilder.CreateIndex(
                name: "IX_EventInterviews_EventId_BoothId_StartAt",
                table: "EventInterviews",
                columns: new[] { "EventId", "BoothId", "StartAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EventInterviews_RegistrationId",
                table: "EventInterviews",
                column: "RegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_EventInterviews_SeekerProfileId_StartAt",
                table: "EventInterviews",
                columns: new[] { "SeekerProfileId", "StartAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EventRegistrations_EventId_SeekerProfileId",
                table: "EventRegistrations",
                columns: new[] { "EventId", "SeekerProfileId" },
                unique: true,
                filter: "\"Status\" IN ('Registered', 'Waitlisted')");

            migrationBuilder.CreateIndex(
                name: "IX_EventRegistrations_EventId_Status_RegisteredAt",
                table: "EventRegistrations",
                columns: new[] { "EventId", "Status", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EventRegistrations_SeekerProfileId",
                table: "EventRegistrations",
                column: "SeekerProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_HiringEvents_AgencyId_Date",
                table: "HiringEvents",
                columns: new[] { "AgencyId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_HiringEvents_Status_Date",
                table: "HiringEvents",
                columns: new[] { "Status", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EventInterviews");

            migrationBuilder.DropTable(
                name: "EventBooths");

            migrationBuilder.DropTable(
                name: "EventRegistrations");

            migrationBuilder.DropTable(
                name: "HiringEvents");
        }
    }
}
