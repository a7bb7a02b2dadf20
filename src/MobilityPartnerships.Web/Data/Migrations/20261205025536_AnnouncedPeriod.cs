using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AnnouncedPeriod : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "announced_end_month",
                table: "initiatives",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "announced_start_month",
                table: "initiatives",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "announced_end_month",
                table: "initiatives");

            migrationBuilder.DropColumn(
                name: "announced_start_month",
                table: "initiatives");
        }
    }
}
