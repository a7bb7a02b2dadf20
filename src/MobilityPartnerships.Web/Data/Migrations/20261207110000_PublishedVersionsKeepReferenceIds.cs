using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PublishedVersionsKeepReferenceIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "lead_id",
                table: "published_initiatives",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "responsible_service_id",
                table: "published_initiatives",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid[]>(
                name: "thematic_area_ids",
                table: "published_initiatives",
                type: "uuid[]",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "lead_id",
                table: "published_initiatives");

            migrationBuilder.DropColumn(
                name: "responsible_service_id",
                table: "published_initiatives");

            migrationBuilder.DropColumn(
                name: "thematic_area_ids",
                table: "published_initiatives");
        }
    }
}
