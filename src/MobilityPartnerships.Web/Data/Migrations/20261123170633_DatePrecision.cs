using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DatePrecision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "signed_on_precision",
                table: "partnerships",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Day");

            migrationBuilder.AddColumn<string>(
                name: "precision",
                table: "partnership_status_changes",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Day");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "signed_on_precision",
                table: "partnerships");

            migrationBuilder.DropColumn(
                name: "precision",
                table: "partnership_status_changes");
        }
    }
}
