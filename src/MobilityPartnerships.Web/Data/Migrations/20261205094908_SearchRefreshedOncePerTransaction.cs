using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <summary>
    /// Search documents are refreshed once per transaction, at its commit, instead of once per statement. EF Core writes
    /// one INSERT per row, so the statement triggers refreshed an import of 10,000 initiatives 10,000 times, one document
    /// each. The triggers now only note which initiatives changed; a deferred constraint trigger refreshes all of them
    /// at commit, in one statement, and the transaction's later firings find it done.
    /// </summary>
    public partial class SearchRefreshedOncePerTransaction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                -- Rows live only inside the transaction that wrote them: it deletes them at its commit, and no other
                -- transaction sees them before, so each commit refreshes only its own initiatives.
                CREATE TABLE search_refresh_pending (initiative_id uuid NOT NULL);

                CREATE FUNCTION mp_refresh_search_later(ids uuid[]) RETURNS void
                LANGUAGE sql
                AS $$ INSERT INTO public.search_refresh_pending (initiative_id) SELECT unnest(ids) $$;

                CREATE FUNCTION mp_search_refresh_pending() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    -- Fired at commit once per noted row: the first firing refreshes every noted initiative, the others return.
                    IF current_setting('mp.search_refreshed_in', true) = pg_current_xact_id()::text THEN
                        RETURN NULL;
                    END IF;
                    PERFORM set_config('mp.search_refreshed_in', pg_current_xact_id()::text, true);
                    PERFORM public.mp_refresh_search_documents(ARRAY(SELECT DISTINCT initiative_id FROM public.search_refresh_pending));
                    DELETE FROM public.search_refresh_pending;
                    RETURN NULL;
                END $$;
                CREATE CONSTRAINT TRIGGER tr_search_refresh_pending AFTER INSERT ON search_refresh_pending
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION mp_search_refresh_pending();

                CREATE OR REPLACE FUNCTION mp_search_initiatives_changed() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    PERFORM public.mp_refresh_search_later(ARRAY(SELECT id FROM changed));
                    RETURN NULL;
                END $$;

                CREATE OR REPLACE FUNCTION mp_search_partners_changed() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    PERFORM public.mp_refresh_search_later(ARRAY(SELECT DISTINCT initiative_id FROM changed));
                    RETURN NULL;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION mp_search_initiatives_changed() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    PERFORM mp_refresh_search_documents(ARRAY(SELECT id FROM changed));
                    RETURN NULL;
                END $$;

                CREATE OR REPLACE FUNCTION mp_search_partners_changed() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    PERFORM mp_refresh_search_documents(ARRAY(SELECT DISTINCT initiative_id FROM changed));
                    RETURN NULL;
                END $$;

                DROP TRIGGER tr_search_refresh_pending ON search_refresh_pending;
                DROP FUNCTION mp_search_refresh_pending();
                DROP FUNCTION mp_refresh_search_later(uuid[]);
                DROP TABLE search_refresh_pending;
                """);
        }
    }
}
