using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <summary>
    /// The scoreboard's text filter ignores accents as it ignores case: "securite" finds "Sécurité", in the page and in the
    /// API. Plain ILIKE found only the accents typed. Each initiative keeps its filtered texts folded (mp_fold_text: the lower
    /// case of unaccent), computed by the database when the row is written, so a filtered read folds only what was typed.
    /// </summary>
    public partial class ScoreboardTextFilterIgnoresAccents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // unaccent is only STABLE (its dictionary could change); the dictionary is named, so the wrapper may be
            // IMMUTABLE for a stored column, as mp_search_text is. Unaccent first: lower then folds the letters it leaves.
            migrationBuilder.Sql("""
                CREATE FUNCTION mp_fold_text(input_text text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, coalesce(input_text, ''))) $$;
                """);

            migrationBuilder.AddColumn<string>(
                name: "filter_text",
                table: "initiatives",
                type: "text",
                nullable: false,
                computedColumnSql: "public.mp_fold_text(title) || chr(31) || public.mp_fold_text(second_language_title) || chr(31) || public.mp_fold_text(reference_code) || chr(31) || public.mp_fold_text(summary) || chr(31) || public.mp_fold_text(location)",
                stored: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "filter_text",
                table: "initiatives");

            migrationBuilder.Sql("DROP FUNCTION mp_fold_text(text);");
        }
    }
}
