using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationFrenchShortNameBesideName : Migration
    {
        /// <summary>
        /// An organisation's French short name only beside its French name (the domain's rule, decision 0002). NOT VALID, as
        /// every check added after rows were stored: rows written before are not read, every row written from now on is checked.
        /// </summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE organisations ADD CONSTRAINT ck_organisations_french_short_name_beside_name CHECK (french_short_name IS NULL OR french_name IS NOT NULL) NOT VALID;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_organisations_french_short_name_beside_name",
                table: "organisations");
        }
    }
}
