using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <summary>
    /// An initiative's title in the other language ("Migrer les yeux ouverts" / "Migrating with open eyes"), and search
    /// documents that carry it beside the title, so a search finds the initiative by either.
    /// </summary>
    public partial class SecondLanguageTitle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "second_language_title",
                table: "initiatives",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            // The title in the other language weighs as the title does: a search finds the initiative by either.
            migrationBuilder.Sql(RefreshSearchDocuments("mp_search_vector(concat_ws(' ', i.title, i.second_language_title), i.reference_code)"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(RefreshSearchDocuments("mp_search_vector(i.title, i.reference_code)"));

            migrationBuilder.DropColumn(
                name: "second_language_title",
                table: "initiatives");
        }

        private static string RefreshSearchDocuments(string titleVector) => $$"""
            CREATE OR REPLACE FUNCTION mp_refresh_search_documents(ids uuid[]) RETURNS void
            LANGUAGE sql
            AS $$
                INSERT INTO search_documents (initiative_id, partnership_id, is_shareable, is_archived, title, code, document)
                SELECT i.id, i.partnership_id, i.is_shareable, i.is_archived, mp_search_text(i.title), mp_search_text(i.reference_code),
                       setweight({{titleVector}}, 'A')
                       || setweight(mp_search_vector(i.location, names.text), 'B')
                       || setweight(mp_search_vector(i.summary, NULL), 'C')
                FROM initiatives i
                CROSS JOIN LATERAL (
                    SELECT string_agg(o.name || ' ' || coalesce(o.short_name, ''), ' ') AS text
                    FROM organisations o
                    WHERE o.id = i.lead_organisation_id
                       OR o.id IN (SELECT p.organisation_id FROM initiative_partners p WHERE p.initiative_id = i.id)
                ) names
                WHERE i.id = ANY (ids)
                ON CONFLICT (initiative_id) DO UPDATE SET
                    partnership_id = excluded.partnership_id, is_shareable = excluded.is_shareable, is_archived = excluded.is_archived,
                    title = excluded.title, code = excluded.code, document = excluded.document;

                INSERT INTO search_words (word)
                SELECT DISTINCT w FROM search_documents d, unnest(tsvector_to_array(d.document)) AS w
                WHERE d.initiative_id = ANY (ids) AND length(w) BETWEEN 3 AND 60 AND w !~ '^[0-9]+$'
                ON CONFLICT DO NOTHING;
            $$;
            """;
    }
}
