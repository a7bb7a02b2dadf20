using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ParticipantsJoinedOnPrecision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "joined_on_precision",
                table: "partnership_participants",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Day");

            // What the page read before: an original signatory joined as precisely as the text's signature is known,
            // any other participant to the day; a joining without a day is of unknown precision.
            migrationBuilder.Sql("""
                UPDATE partnership_participants AS pp
                SET joined_on_precision = CASE
                    WHEN pp.joined_on IS NULL THEN 'Unknown'
                    WHEN pp.basis = 'OriginalSignatory' THEN p.signed_on_precision
                    ELSE 'Day' END
                FROM partnerships AS p
                WHERE p.id = pp.partnership_id;
                """);

            migrationBuilder.AddCheckConstraint(
                name: "ck_partnership_participants_joined_on_precision",
                table: "partnership_participants",
                sql: "joined_on_precision IN ('Day', 'Month', 'Unknown') AND (joined_on_precision <> 'Month' OR date_part('day', joined_on) = 1) AND (joined_on IS NULL OR joined_on_precision <> 'Unknown')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_partnership_participants_joined_on_precision",
                table: "partnership_participants");

            migrationBuilder.DropColumn(
                name: "joined_on_precision",
                table: "partnership_participants");
        }
    }
}
