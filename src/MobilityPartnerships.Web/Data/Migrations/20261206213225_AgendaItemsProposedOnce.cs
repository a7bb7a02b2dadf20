using Microsoft.EntityFrameworkCore.Migrations;
using MobilityPartnerships.Web.Data.Configurations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AgendaItemsProposedOnce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // An item is proposed once per meeting while it is open (proposed or accepted): a second proposal of the same
            // title, in any case, is refused at its title. A declined item may be proposed again.
            migrationBuilder.Sql($"CREATE UNIQUE INDEX {AgendaItemConfiguration.OpenTitleIndex} ON agenda_items (meeting_id, lower(btrim(title))) WHERE status IN ('Proposed', 'Accepted');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"DROP INDEX {AgendaItemConfiguration.OpenTitleIndex};");
        }
    }
}
