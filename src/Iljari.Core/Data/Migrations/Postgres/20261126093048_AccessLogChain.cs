using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Iljari.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AccessLogChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "AccessLog",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "Sequence",
                table: "AccessLog",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Rows written before the chain get their rank by id (gap-free); the app hashes them at start-up (AccessLogIntegrity).
            migrationBuilder.Sql("UPDATE \"AccessLog\" SET \"Sequence\" = (SELECT COUNT(*) FROM \"AccessLog\" AS earlier WHERE earlier.\"Id\" <= \"AccessLog\".\"Id\")");

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_Sequence",
                table: "AccessLog",
                column: "Sequence",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AccessLog_Sequence",
                table: "AccessLog");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "AccessLog");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "AccessLog");
        }
    }
}
