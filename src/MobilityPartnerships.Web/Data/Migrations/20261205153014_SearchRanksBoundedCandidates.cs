using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <summary>
    /// The search ranks a bounded set of candidates instead of every match. A common word matched tens of thousands of
    /// documents, each ranked and compared with the search text by trigrams before the best 25 were kept (hundreds of
    /// milliseconds over 60,000 initiatives). Candidates now come from indexes: the heading (title and code words, kept by
    /// PostgreSQL from the stored title and code, so the refresh function is unchanged) finds titles holding every word
    /// however many documents match elsewhere, and the title and code indexes find a whole title or code typed.
    /// </summary>
    public partial class SearchRanksBoundedCandidates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                -- title and code are stored in the search form already (mp_search_text), so their words are those of the
                -- document's weight A: a heading that matches means a document that matches.
                ALTER TABLE search_documents
                    ADD COLUMN heading tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, title || ' ' || code)) STORED;
                CREATE INDEX ix_search_documents_heading ON search_documents USING gin (heading);
                CREATE INDEX ix_search_documents_title ON search_documents (title);
                CREATE INDEX ix_search_documents_code ON search_documents (code);
                ANALYZE search_documents;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX ix_search_documents_code;
                DROP INDEX ix_search_documents_title;
                DROP INDEX ix_search_documents_heading;
                ALTER TABLE search_documents DROP COLUMN heading;
                """);
        }
    }
}
