using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class HistoryKeepsNamesAndCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "new_name",
                table: "history_entries",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "old_name",
                table: "history_entries",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "record_kind",
                table: "history_entries",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "record_name",
                table: "history_entries",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "record_ordinal",
                table: "history_entries",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "value_type",
                table: "history_entries",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "new_name",
                table: "history_entries");

            migrationBuilder.DropColumn(
                name: "old_name",
                table: "history_entries");

            migrationBuilder.DropColumn(
                name: "record_kind",
                table: "history_entries");

            migrationBuilder.DropColumn(
                name: "record_name",
                table: "history_entries");

            migrationBuilder.DropColumn(
                name: "record_ordinal",
                table: "history_entries");

            migrationBuilder.DropColumn(
                name: "value_type",
                table: "history_entries");
        }
    }
}
