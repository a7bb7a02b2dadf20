using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <summary>
    /// Search in PostgreSQL itself: accentless, lower-case words ('simple' full-text search over unaccented text),
    /// one weighted document per initiative kept up to date by triggers (its own text and the names of the
    /// organisations that lead it or take part), and a vocabulary of every word with a trigram index, from which
    /// a mistyped word finds the words it was meant to be.
    /// </summary>
    public partial class SearchDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS unaccent;
                CREATE EXTENSION IF NOT EXISTS pg_trgm;

                -- The one form of text that documents and searches share: lower case, no accents, words separated by single spaces.
                -- unaccent is only STABLE (its dictionary could change); the dictionary is named, so the wrapper may be IMMUTABLE for indexes.
                CREATE FUNCTION mp_search_text(input_text text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT btrim(regexp_replace(public.unaccent('public.unaccent'::regdictionary, lower(coalesce(input_text, ''))), '[[:space:][:punct:]]+', ' ', 'g')) $$;

                CREATE FUNCTION mp_search_vector(first_text text, second_text text) RETURNS tsvector
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT to_tsvector('simple'::regconfig, mp_search_text(first_text) || ' ' || mp_search_text(second_text)) $$;

                -- A word as a tsquery lexeme, quoted whatever it holds, so that no search text is ever read as an operator.
                CREATE FUNCTION mp_tsquery_lexeme(word text, prefix boolean) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT '''' || replace(replace(word, '\', '\\'), '''', '''''') || '''' || CASE WHEN prefix THEN ':*' ELSE '' END $$;

                CREATE TABLE search_documents (
                    initiative_id uuid PRIMARY KEY REFERENCES initiatives (id) ON DELETE CASCADE,
                    partnership_id uuid NOT NULL,
                    is_shareable boolean NOT NULL,
                    is_archived boolean NOT NULL,
                    title text NOT NULL,
                    code text NOT NULL,
                    document tsvector NOT NULL
                );
                CREATE INDEX ix_search_documents_document ON search_documents USING gin (document);
                CREATE INDEX ix_search_documents_partnership_id ON search_documents (partnership_id);

                -- Words of three letters or more, numbers left out: the ones a mistyped word may be matched to.
                CREATE TABLE search_words (word text PRIMARY KEY);
                CREATE INDEX ix_search_words_trigrams ON search_words USING gin (word gin_trgm_ops);

                CREATE INDEX ix_partnerships_search ON partnerships USING gin (mp_search_vector(name, NULL));
                CREATE INDEX ix_organisations_search ON organisations USING gin (mp_search_vector(name, short_name));
                CREATE INDEX ix_initiative_contact_points_search ON initiative_contact_points USING gin (mp_search_vector(name, "function"));

                CREATE FUNCTION mp_remember_words(texts text[]) RETURNS void
                LANGUAGE sql
                AS $$
                    INSERT INTO search_words (word)
                    SELECT DISTINCT w FROM unnest(texts) AS t, unnest(tsvector_to_array(to_tsvector('simple'::regconfig, mp_search_text(t)))) AS w
                    WHERE length(w) BETWEEN 3 AND 60 AND w !~ '^[0-9]+$'
                    ON CONFLICT DO NOTHING
                $$;

                -- Title and code weigh most, then where it happens and who takes part, then the summary.
                CREATE FUNCTION mp_refresh_search_documents(ids uuid[]) RETURNS void
                LANGUAGE sql
                AS $$
                    INSERT INTO search_documents (initiative_id, partnership_id, is_shareable, is_archived, title, code, document)
                    SELECT i.id, i.partnership_id, i.is_shareable, i.is_archived, mp_search_text(i.title), mp_search_text(i.reference_code),
                           setweight(mp_search_vector(i.title, i.reference_code), 'A')
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

                CREATE FUNCTION mp_search_initiatives_changed() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    PERFORM mp_refresh_search_documents(ARRAY(SELECT id FROM changed));
                    RETURN NULL;
                END $$;
                CREATE TRIGGER tr_initiatives_search_insert AFTER INSERT ON initiatives
                    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mp_search_initiatives_changed();
                CREATE TRIGGER tr_initiatives_search_update AFTER UPDATE ON initiatives
                    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mp_search_initiatives_changed();

                CREATE FUNCTION mp_search_partners_changed() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    PERFORM mp_refresh_search_documents(ARRAY(SELECT DISTINCT initiative_id FROM changed));
                    RETURN NULL;
                END $$;
                CREATE TRIGGER tr_initiative_partners_search_insert AFTER INSERT ON initiative_partners
                    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mp_search_partners_changed();
                CREATE TRIGGER tr_initiative_partners_search_update AFTER UPDATE ON initiative_partners
                    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mp_search_partners_changed();
                CREATE TRIGGER tr_initiative_partners_search_delete AFTER DELETE ON initiative_partners
                    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mp_search_partners_changed();

                -- A renamed organisation renames itself in the documents of the initiatives it leads or takes part in.
                CREATE FUNCTION mp_search_organisations_renamed() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    PERFORM mp_refresh_search_documents(ARRAY(
                        SELECT i.id FROM initiatives i JOIN changed n ON n.id = i.lead_organisation_id JOIN previous o ON o.id = n.id
                        WHERE n.name IS DISTINCT FROM o.name OR n.short_name IS DISTINCT FROM o.short_name
                        UNION
                        SELECT p.initiative_id FROM initiative_partners p JOIN changed n ON n.id = p.organisation_id JOIN previous o ON o.id = n.id
                        WHERE n.name IS DISTINCT FROM o.name OR n.short_name IS DISTINCT FROM o.short_name));
                    PERFORM mp_remember_words(ARRAY(SELECT name || ' ' || coalesce(short_name, '') FROM changed));
                    RETURN NULL;
                END $$;
                CREATE TRIGGER tr_organisations_search_update AFTER UPDATE ON organisations
                    REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mp_search_organisations_renamed();

                CREATE FUNCTION mp_search_organisations_added() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    PERFORM mp_remember_words(ARRAY(SELECT name || ' ' || coalesce(short_name, '') FROM changed));
                    RETURN NULL;
                END $$;
                CREATE TRIGGER tr_organisations_search_insert AFTER INSERT ON organisations
                    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mp_search_organisations_added();

                CREATE FUNCTION mp_search_partnerships_changed() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    PERFORM mp_remember_words(ARRAY(SELECT name FROM changed));
                    RETURN NULL;
                END $$;
                CREATE TRIGGER tr_partnerships_search_insert AFTER INSERT ON partnerships
                    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mp_search_partnerships_changed();
                CREATE TRIGGER tr_partnerships_search_update AFTER UPDATE ON partnerships
                    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mp_search_partnerships_changed();

                CREATE FUNCTION mp_search_contact_points_changed() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    PERFORM mp_remember_words(ARRAY(SELECT name || ' ' || coalesce("function", '') FROM changed));
                    RETURN NULL;
                END $$;
                CREATE TRIGGER tr_initiative_contact_points_search_insert AFTER INSERT ON initiative_contact_points
                    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mp_search_contact_points_changed();
                CREATE TRIGGER tr_initiative_contact_points_search_update AFTER UPDATE ON initiative_contact_points
                    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mp_search_contact_points_changed();

                SELECT mp_refresh_search_documents(ARRAY(SELECT id FROM initiatives));
                SELECT mp_remember_words(ARRAY(
                    SELECT name || ' ' || coalesce(short_name, '') FROM organisations
                    UNION ALL SELECT name FROM partnerships
                    UNION ALL SELECT name || ' ' || coalesce("function", '') FROM initiative_contact_points));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER tr_initiatives_search_insert ON initiatives;
                DROP TRIGGER tr_initiatives_search_update ON initiatives;
                DROP TRIGGER tr_initiative_partners_search_insert ON initiative_partners;
                DROP TRIGGER tr_initiative_partners_search_update ON initiative_partners;
                DROP TRIGGER tr_initiative_partners_search_delete ON initiative_partners;
                DROP TRIGGER tr_organisations_search_update ON organisations;
                DROP TRIGGER tr_organisations_search_insert ON organisations;
                DROP TRIGGER tr_partnerships_search_insert ON partnerships;
                DROP TRIGGER tr_partnerships_search_update ON partnerships;
                DROP TRIGGER tr_initiative_contact_points_search_insert ON initiative_contact_points;
                DROP TRIGGER tr_initiative_contact_points_search_update ON initiative_contact_points;
                DROP FUNCTION mp_search_initiatives_changed();
                DROP FUNCTION mp_search_partners_changed();
                DROP FUNCTION mp_search_organisations_renamed();
                DROP FUNCTION mp_search_organisations_added();
                DROP FUNCTION mp_search_partnerships_changed();
                DROP FUNCTION mp_search_contact_points_changed();
                DROP FUNCTION mp_refresh_search_documents(uuid[]);
                DROP FUNCTION mp_remember_words(text[]);
                DROP INDEX ix_partnerships_search;
                DROP INDEX ix_organisations_search;
                DROP INDEX ix_initiative_contact_points_search;
                DROP TABLE search_words;
                DROP TABLE search_documents;
                DROP FUNCTION mp_tsquery_lexeme(text, boolean);
                DROP FUNCTION mp_search_vector(text, text);
                DROP FUNCTION mp_search_text(text);
                """);
        }
    }
}
