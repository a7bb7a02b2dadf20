using Microsoft.EntityFrameworkCore.Migrations;
using MobilityPartnerships.Web.Data.Configurations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <summary>
    /// Organisations' names (English and French, full and short) are unique as read, not as typed: "european commission" and
    /// "European  Commission" are the "European Commission" already in the list. The rule is one function in the database,
    /// which the unique indexes and the write path's check both use. A database already holding such twins keeps them
    /// apart: the later one (a Member State from the reference data always keeps its name) gets " (2)" after the name they
    /// share, with a warning in the migration's output, for an administrator to rename or delete; stored names then lose
    /// their extra white space, as the product now stores them.
    /// </summary>
    public partial class OrganisationNamesUniqueAsRead : Migration
    {
        private static readonly (string Column, string Index, int MaxLength)[] Names =
        [
            ("name", OrganisationConfiguration.NameIndex, 200),
            ("french_name", OrganisationConfiguration.FrenchNameIndex, 200),
            ("short_name", OrganisationConfiguration.ShortNameIndex, 60),
            ("french_short_name", OrganisationConfiguration.FrenchShortNameIndex, 60),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_organisations_name",
                table: "organisations");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_name",
                table: "organisations",
                column: "name");

            // Lower case, each run of white space (the no-break space too) as one space, trimmed.
            migrationBuilder.Sql($$"""
                CREATE FUNCTION {{OrganisationConfiguration.NameKey}}(input_text text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT lower(btrim(regexp_replace(input_text, '[\s\u00a0]+', ' ', 'g'))) $$;
                """);

            foreach (var (column, _, maxLength) in Names)
            {
                migrationBuilder.Sql(Separate(column, maxLength));
                migrationBuilder.Sql($"UPDATE organisations SET {column} = btrim(regexp_replace({column}, '[\\s\\u00a0]+', ' ', 'g')) WHERE {column} <> btrim(regexp_replace({column}, '[\\s\\u00a0]+', ' ', 'g'));");
            }

            foreach (var (column, index, _) in Names)
            {
                migrationBuilder.Sql($"CREATE UNIQUE INDEX {index} ON organisations ({OrganisationConfiguration.NameKey}({column}));");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (_, index, _) in Names)
            {
                migrationBuilder.Sql($"DROP INDEX {index};");
            }

            migrationBuilder.Sql($"DROP FUNCTION {OrganisationConfiguration.NameKey}(text);");

            migrationBuilder.DropIndex(
                name: "ix_organisations_name",
                table: "organisations");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_name",
                table: "organisations",
                column: "name",
                unique: true);
        }

        /// <summary>
        /// Gives every organisation whose <paramref name="column"/> another already has, as read, a free " (n)" after it: the
        /// first keeps it (a Member State before any other, then the oldest).
        /// </summary>
        private static string Separate(string column, int maxLength) => $$"""
            DO $$
            DECLARE
                twin record;
                n integer;
                candidate text;
            BEGIN
                FOR twin IN
                    SELECT ranked.id, ranked.value FROM (
                        SELECT id, {{column}} AS value,
                               row_number() OVER (PARTITION BY {{OrganisationConfiguration.NameKey}}({{column}}) ORDER BY kind = 'MemberState' DESC, id) AS rank
                        FROM organisations WHERE {{column}} IS NOT NULL) ranked
                    WHERE ranked.rank > 1
                LOOP
                    n := 2;
                    LOOP
                        candidate := rtrim(left(btrim(regexp_replace(twin.value, '[\s\u00a0]+', ' ', 'g')), {{maxLength}} - length(' (' || n || ')'))) || ' (' || n || ')';
                        EXIT WHEN NOT EXISTS (SELECT 1 FROM organisations WHERE {{OrganisationConfiguration.NameKey}}({{column}}) = {{OrganisationConfiguration.NameKey}}(candidate));
                        n := n + 1;
                    END LOOP;
                    UPDATE organisations SET {{column}} = candidate WHERE id = twin.id;
                    RAISE WARNING 'Organisation %: its {{column}} ''%'' is another organisation''s as read; it is now ''%''.', twin.id, twin.value, candidate;
                END LOOP;
            END $$;
            """;
    }
}
