using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <summary>
    /// The search vector names the schema of the function it calls. pg_restore builds indexes with an empty search_path,
    /// so an index over mp_search_vector failed to restore while it called mp_search_text unqualified: a backup of the
    /// database came back without its search indexes.
    /// </summary>
    public partial class SearchFunctionsNameTheirSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION mp_search_vector(first_text text, second_text text) RETURNS tsvector
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT to_tsvector('simple'::regconfig, public.mp_search_text(first_text) || ' ' || public.mp_search_text(second_text)) $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION mp_search_vector(first_text text, second_text text) RETURNS tsvector
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT to_tsvector('simple'::regconfig, mp_search_text(first_text) || ' ' || mp_search_text(second_text)) $$;
                """);
        }
    }
}
