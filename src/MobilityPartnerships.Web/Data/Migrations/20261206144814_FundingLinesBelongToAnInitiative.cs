using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class FundingLinesBelongToAnInitiative : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A line taken out of an initiative was kept with no initiative (the relationship was optional): such rows
            // belong to nothing, are read by nothing, and go.
            migrationBuilder.Sql("DELETE FROM funding_lines WHERE initiative_id IS NULL;");
            migrationBuilder.AlterColumn<Guid>(
                name: "initiative_id",
                table: "funding_lines",
                type: "uuid",
                nullable: false,
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "initiative_id",
                table: "funding_lines",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");
        }
    }
}
