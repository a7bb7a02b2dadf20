using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <summary>
    /// The thematic areas of the reference data (thematic-areas.csv) named their source "000 Annex I", the number of the
    /// seed document, which means nothing to a user; the file now reads "SEC(2009) 1240, Annex I". ReferenceDataLoader
    /// adds missing areas but leaves the source of those loaded before, so the areas already stored are rewritten here:
    /// only a source that is exactly the old value, nothing else.
    /// </summary>
    public partial class ThematicAreaSourcesInFull : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE thematic_areas SET source = 'SEC(2009) 1240, Annex I' WHERE source = '000 Annex I';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE thematic_areas SET source = '000 Annex I' WHERE source = 'SEC(2009) 1240, Annex I';");
        }
    }
}
