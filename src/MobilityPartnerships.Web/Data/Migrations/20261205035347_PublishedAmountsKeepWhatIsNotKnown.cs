using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <summary>
    /// Published rows keep an amount not known as not known: the known sum may be null, and a count of the funding lines
    /// without the figure sits beside it. Versions published before keep what they stored (their count is 0, so they
    /// read as they were shown). ALTER COLUMN and ADD COLUMN fire no row trigger: the immutability triggers stay on.
    /// Down fails once a version has kept an unknown amount, as no published row may be rewritten.
    /// </summary>
    public partial class PublishedAmountsKeepWhatIsNotKnown : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<decimal>(
                name: "total_budget",
                table: "published_initiatives",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "eu_contribution",
                table: "published_initiatives",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2);

            migrationBuilder.AddColumn<int>(
                name: "eu_contribution_unknown",
                table: "published_initiatives",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "total_budget_unknown",
                table: "published_initiatives",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "eu_contribution_unknown",
                table: "published_initiatives");

            migrationBuilder.DropColumn(
                name: "total_budget_unknown",
                table: "published_initiatives");

            migrationBuilder.AlterColumn<decimal>(
                name: "total_budget",
                table: "published_initiatives",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2,
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "eu_contribution",
                table: "published_initiatives",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m,
                oldClrType: typeof(decimal),
                oldType: "numeric(18,2)",
                oldPrecision: 18,
                oldScale: 2,
                oldNullable: true);
        }
    }
}
