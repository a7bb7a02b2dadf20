using Microsoft.EntityFrameworkCore.Migrations;
using MobilityPartnerships.Domain.Common;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <summary>
    /// A scoreboard's first page sorted by title reads its rows by index again: titles sort in a reader's order
    /// (<see cref="NameOrder"/>, ICU's collation), which the index on titles in the column's own order cannot give, so a
    /// page of 25 read all 10,000 initiatives of a partnership. The index in the columns' order stays for lookups by title.
    /// </summary>
    public partial class InitiativeTitlesIndexedInReadingOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""CREATE INDEX ix_initiatives_partnership_id_title_in_reading_order ON initiatives (partnership_id, title COLLATE "{NameOrder.Collation}", id);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_initiatives_partnership_id_title_in_reading_order;");
        }
    }
}
