using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PartnershipFiguresAndChoicesKeptByTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "partnership_choices",
                columns: table => new
                {
                    partnership_id = table.Column<Guid>(type: "uuid", nullable: false),
                    is_shareable = table.Column<bool>(type: "boolean", nullable: false),
                    filter = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    choice_id = table.Column<Guid>(type: "uuid", nullable: true),
                    choice_text = table.Column<string>(type: "text", nullable: true),
                    uses = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.ForeignKey(
                        name: "fk_partnership_choices_partnerships_partnership_id",
                        column: x => x.partnership_id,
                        principalTable: "partnerships",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partnership_figures",
                columns: table => new
                {
                    partnership_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pillar = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    is_shareable = table.Column<bool>(type: "boolean", nullable: false),
                    is_archived = table.Column<bool>(type: "boolean", nullable: false),
                    initiatives = table.Column<int>(type: "integer", nullable: false),
                    total_budget_complete = table.Column<int>(type: "integer", nullable: false),
                    total_budget_known_parts = table.Column<int>(type: "integer", nullable: false),
                    total_budget_known = table.Column<decimal>(type: "numeric(28,2)", precision: 28, scale: 2, nullable: false),
                    eu_contribution_complete = table.Column<int>(type: "integer", nullable: false),
                    eu_contribution_known_parts = table.Column<int>(type: "integer", nullable: false),
                    eu_contribution_known = table.Column<decimal>(type: "numeric(28,2)", precision: 28, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_figures", x => new { x.partnership_id, x.pillar, x.is_shareable, x.is_archived });
                    table.ForeignKey(
                        name: "fk_partnership_figures_partnerships_partnership_id",
                        column: x => x.partnership_id,
                        principalTable: "partnerships",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ux_partnership_choices_value",
                table: "partnership_choices",
                columns: new[] { "partnership_id", "is_shareable", "filter", "choice_id", "choice_text" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            // Kept by the database, whatever writes the initiatives and their thematic areas, funding lines and sums (the one
            // write path, imports, seeds): each statement adds its rows' changes to the figures and choices of their
            // partnerships (statement-level triggers with transition tables: one pass for a bulk import, whatever the
            // partnership's size). An initiative adds itself, its lead and its children's values under its partnership, pillar,
            // sharing and archiving; when one of those changes, it takes them away under the old ones and adds them under the
            // new. A deleted initiative takes them away before its children go (their own triggers then find no initiative).
            // Every function adds to its rows in the order of their keys, so that two writers of one partnership lock its rows
            // in the same order and wait for each other rather than deadlock.
            migrationBuilder.Sql("""
                CREATE TYPE initiative_change AS (
                    initiative_id uuid, partnership_id uuid, pillar character varying(40), is_shareable boolean,
                    is_archived boolean, lead_organisation_id uuid, sign integer);
                CREATE TYPE initiative_use AS (initiative_id uuid, filter text, choice_id uuid, choice_text text);

                CREATE FUNCTION partnership_figures_apply(changes initiative_change[]) RETURNS void LANGUAGE sql AS $$
                    INSERT INTO partnership_figures AS f (partnership_id, pillar, is_shareable, is_archived, initiatives,
                        total_budget_complete, total_budget_known_parts, total_budget_known,
                        eu_contribution_complete, eu_contribution_known_parts, eu_contribution_known)
                    SELECT c.partnership_id, c.pillar, c.is_shareable, c.is_archived, sum(c.sign),
                           coalesce(sum(c.sign) FILTER (WHERE s.total_budget_unknown = 0), 0),
                           coalesce(sum(c.sign) FILTER (WHERE s.total_budget_known IS NOT NULL), 0),
                           coalesce(sum(c.sign * s.total_budget_known), 0),
                           coalesce(sum(c.sign) FILTER (WHERE s.eu_contribution_unknown = 0), 0),
                           coalesce(sum(c.sign) FILTER (WHERE s.eu_contribution_known IS NOT NULL), 0),
                           coalesce(sum(c.sign * s.eu_contribution_known), 0)
                    FROM unnest(changes) AS c
                    LEFT JOIN initiative_funding_sums s ON s.initiative_id = c.initiative_id
                    WHERE EXISTS (SELECT 1 FROM partnerships p WHERE p.id = c.partnership_id)
                    GROUP BY c.partnership_id, c.pillar, c.is_shareable, c.is_archived
                    ORDER BY c.partnership_id, c.pillar, c.is_shareable, c.is_archived
                    ON CONFLICT (partnership_id, pillar, is_shareable, is_archived) DO UPDATE SET
                        initiatives = f.initiatives + excluded.initiatives,
                        total_budget_complete = f.total_budget_complete + excluded.total_budget_complete,
                        total_budget_known_parts = f.total_budget_known_parts + excluded.total_budget_known_parts,
                        total_budget_known = f.total_budget_known + excluded.total_budget_known,
                        eu_contribution_complete = f.eu_contribution_complete + excluded.eu_contribution_complete,
                        eu_contribution_known_parts = f.eu_contribution_known_parts + excluded.eu_contribution_known_parts,
                        eu_contribution_known = f.eu_contribution_known + excluded.eu_contribution_known;

                    INSERT INTO partnership_choices AS p (partnership_id, is_shareable, filter, choice_id, choice_text, uses)
                    SELECT u.partnership_id, u.is_shareable, u.filter, u.choice_id, u.choice_text, sum(u.sign)
                    FROM (
                        SELECT c.partnership_id, c.is_shareable, 'leadId' AS filter, c.lead_organisation_id AS choice_id, NULL::text AS choice_text, c.sign
                        FROM unnest(changes) AS c WHERE c.lead_organisation_id IS NOT NULL
                        UNION ALL
                        SELECT c.partnership_id, c.is_shareable, 'thematicAreaId', a.thematic_area_id, NULL, c.sign
                        FROM unnest(changes) AS c JOIN initiative_thematic_areas a ON a.initiative_id = c.initiative_id
                        UNION ALL
                        SELECT c.partnership_id, c.is_shareable, 'programme', NULL, l.programme, c.sign
                        FROM unnest(changes) AS c JOIN funding_lines l ON l.initiative_id = c.initiative_id WHERE l.programme IS NOT NULL
                        UNION ALL
                        SELECT c.partnership_id, c.is_shareable, 'contributorId', l.contributor_id, NULL, c.sign
                        FROM unnest(changes) AS c JOIN funding_lines l ON l.initiative_id = c.initiative_id WHERE l.contributor_id IS NOT NULL
                    ) AS u
                    WHERE EXISTS (SELECT 1 FROM partnerships p WHERE p.id = u.partnership_id)
                    GROUP BY u.partnership_id, u.is_shareable, u.filter, u.choice_id, u.choice_text
                    HAVING sum(u.sign) <> 0
                    ORDER BY u.partnership_id, u.is_shareable, u.filter, u.choice_id, u.choice_text
                    ON CONFLICT (partnership_id, is_shareable, filter, choice_id, choice_text) DO UPDATE SET uses = p.uses + excluded.uses;
                $$;

                CREATE FUNCTION partnership_figures_initiatives_added() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    changes initiative_change[];
                BEGIN
                    SELECT array_agg(ROW(n.id, n.partnership_id, n.pillar, n.is_shareable, n.is_archived, n.lead_organisation_id, 1)::initiative_change)
                    INTO changes FROM new_initiatives n;
                    IF changes IS NOT NULL THEN
                        PERFORM partnership_figures_apply(changes);
                    END IF;
                    RETURN NULL;
                END
                $$;

                CREATE FUNCTION partnership_figures_initiatives_moved() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    changes initiative_change[];
                BEGIN
                    SELECT array_agg(x.c) INTO changes
                    FROM old_initiatives o
                    JOIN new_initiatives n ON n.id = o.id
                    CROSS JOIN LATERAL (VALUES
                        (ROW(o.id, o.partnership_id, o.pillar, o.is_shareable, o.is_archived, o.lead_organisation_id, -1)::initiative_change),
                        (ROW(n.id, n.partnership_id, n.pillar, n.is_shareable, n.is_archived, n.lead_organisation_id, 1)::initiative_change)) AS x(c)
                    WHERE (o.partnership_id, o.pillar, o.is_shareable, o.is_archived, o.lead_organisation_id)
                          IS DISTINCT FROM (n.partnership_id, n.pillar, n.is_shareable, n.is_archived, n.lead_organisation_id);
                    IF changes IS NOT NULL THEN
                        PERFORM partnership_figures_apply(changes);
                    END IF;
                    RETURN NULL;
                END
                $$;

                CREATE FUNCTION partnership_figures_initiative_deleting() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM partnership_figures_apply(ARRAY[ROW(OLD.id, OLD.partnership_id, OLD.pillar, OLD.is_shareable, OLD.is_archived, OLD.lead_organisation_id, -1)::initiative_change]);
                    RETURN OLD;
                END
                $$;

                CREATE TRIGGER initiatives_figures_after_insert AFTER INSERT ON initiatives
                    REFERENCING NEW TABLE AS new_initiatives FOR EACH STATEMENT EXECUTE FUNCTION partnership_figures_initiatives_added();
                CREATE TRIGGER initiatives_figures_after_update AFTER UPDATE ON initiatives
                    REFERENCING OLD TABLE AS old_initiatives NEW TABLE AS new_initiatives FOR EACH STATEMENT EXECUTE FUNCTION partnership_figures_initiatives_moved();
                CREATE TRIGGER initiatives_figures_before_delete BEFORE DELETE ON initiatives
                    FOR EACH ROW EXECUTE FUNCTION partnership_figures_initiative_deleting();

                -- The money of an initiative's funding sums, added and taken away under its initiative's place.
                CREATE FUNCTION partnership_figures_sums(sums initiative_funding_sums[], sign integer) RETURNS void LANGUAGE sql AS $$
                    INSERT INTO partnership_figures AS f (partnership_id, pillar, is_shareable, is_archived, initiatives,
                        total_budget_complete, total_budget_known_parts, total_budget_known,
                        eu_contribution_complete, eu_contribution_known_parts, eu_contribution_known)
                    SELECT i.partnership_id, i.pillar, i.is_shareable, i.is_archived, 0,
                           sign * count(*) FILTER (WHERE s.total_budget_unknown = 0),
                           sign * count(*) FILTER (WHERE s.total_budget_known IS NOT NULL),
                           sign * coalesce(sum(s.total_budget_known), 0),
                           sign * count(*) FILTER (WHERE s.eu_contribution_unknown = 0),
                           sign * count(*) FILTER (WHERE s.eu_contribution_known IS NOT NULL),
                           sign * coalesce(sum(s.eu_contribution_known), 0)
                    FROM unnest(sums) AS s
                    JOIN initiatives i ON i.id = s.initiative_id
                    GROUP BY i.partnership_id, i.pillar, i.is_shareable, i.is_archived
                    ORDER BY i.partnership_id, i.pillar, i.is_shareable, i.is_archived
                    ON CONFLICT (partnership_id, pillar, is_shareable, is_archived) DO UPDATE SET
                        total_budget_complete = f.total_budget_complete + excluded.total_budget_complete,
                        total_budget_known_parts = f.total_budget_known_parts + excluded.total_budget_known_parts,
                        total_budget_known = f.total_budget_known + excluded.total_budget_known,
                        eu_contribution_complete = f.eu_contribution_complete + excluded.eu_contribution_complete,
                        eu_contribution_known_parts = f.eu_contribution_known_parts + excluded.eu_contribution_known_parts,
                        eu_contribution_known = f.eu_contribution_known + excluded.eu_contribution_known;
                $$;

                CREATE FUNCTION partnership_figures_sums_added() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM partnership_figures_sums((SELECT array_agg(n::initiative_funding_sums) FROM new_sums n), 1);
                    RETURN NULL;
                END
                $$;

                CREATE FUNCTION partnership_figures_sums_removed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM partnership_figures_sums((SELECT array_agg(o::initiative_funding_sums) FROM old_sums o), -1);
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER initiative_funding_sums_figures_after_insert AFTER INSERT ON initiative_funding_sums
                    REFERENCING NEW TABLE AS new_sums FOR EACH STATEMENT EXECUTE FUNCTION partnership_figures_sums_added();
                CREATE TRIGGER initiative_funding_sums_figures_after_update_old AFTER UPDATE ON initiative_funding_sums
                    REFERENCING OLD TABLE AS old_sums FOR EACH STATEMENT EXECUTE FUNCTION partnership_figures_sums_removed();
                CREATE TRIGGER initiative_funding_sums_figures_after_update_new AFTER UPDATE ON initiative_funding_sums
                    REFERENCING NEW TABLE AS new_sums FOR EACH STATEMENT EXECUTE FUNCTION partnership_figures_sums_added();
                CREATE TRIGGER initiative_funding_sums_figures_after_delete AFTER DELETE ON initiative_funding_sums
                    REFERENCING OLD TABLE AS old_sums FOR EACH STATEMENT EXECUTE FUNCTION partnership_figures_sums_removed();

                -- The values of an initiative's thematic areas and funding lines, added and taken away under its initiative's place.
                CREATE FUNCTION partnership_choices_add(uses initiative_use[], sign integer) RETURNS void LANGUAGE sql AS $$
                    INSERT INTO partnership_choices AS p (partnership_id, is_shareable, filter, choice_id, choice_text, uses)
                    SELECT i.partnership_id, i.is_shareable, u.filter, u.choice_id, u.choice_text, sign * count(*)
                    FROM unnest(uses) AS u
                    JOIN initiatives i ON i.id = u.initiative_id
                    GROUP BY i.partnership_id, i.is_shareable, u.filter, u.choice_id, u.choice_text
                    ORDER BY i.partnership_id, i.is_shareable, u.filter, u.choice_id, u.choice_text
                    ON CONFLICT (partnership_id, is_shareable, filter, choice_id, choice_text) DO UPDATE SET uses = p.uses + excluded.uses;
                $$;

                CREATE FUNCTION partnership_choices_areas_added() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM partnership_choices_add((SELECT array_agg(ROW(n.initiative_id, 'thematicAreaId', n.thematic_area_id, NULL)::initiative_use) FROM new_areas n), 1);
                    RETURN NULL;
                END
                $$;

                CREATE FUNCTION partnership_choices_areas_removed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM partnership_choices_add((SELECT array_agg(ROW(o.initiative_id, 'thematicAreaId', o.thematic_area_id, NULL)::initiative_use) FROM old_areas o), -1);
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER initiative_thematic_areas_choices_after_insert AFTER INSERT ON initiative_thematic_areas
                    REFERENCING NEW TABLE AS new_areas FOR EACH STATEMENT EXECUTE FUNCTION partnership_choices_areas_added();
                CREATE TRIGGER initiative_thematic_areas_choices_after_update_old AFTER UPDATE ON initiative_thematic_areas
                    REFERENCING OLD TABLE AS old_areas FOR EACH STATEMENT EXECUTE FUNCTION partnership_choices_areas_removed();
                CREATE TRIGGER initiative_thematic_areas_choices_after_update_new AFTER UPDATE ON initiative_thematic_areas
                    REFERENCING NEW TABLE AS new_areas FOR EACH STATEMENT EXECUTE FUNCTION partnership_choices_areas_added();
                CREATE TRIGGER initiative_thematic_areas_choices_after_delete AFTER DELETE ON initiative_thematic_areas
                    REFERENCING OLD TABLE AS old_areas FOR EACH STATEMENT EXECUTE FUNCTION partnership_choices_areas_removed();

                CREATE FUNCTION partnership_choices_lines_added() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM partnership_choices_add((SELECT array_agg(ROW(u.initiative_id, u.filter, u.choice_id, u.choice_text)::initiative_use) FROM (
                        SELECT n.initiative_id, 'programme' AS filter, NULL::uuid AS choice_id, n.programme AS choice_text FROM new_lines n WHERE n.programme IS NOT NULL
                        UNION ALL
                        SELECT n.initiative_id, 'contributorId', n.contributor_id, NULL FROM new_lines n WHERE n.contributor_id IS NOT NULL) AS u), 1);
                    RETURN NULL;
                END
                $$;

                CREATE FUNCTION partnership_choices_lines_removed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM partnership_choices_add((SELECT array_agg(ROW(u.initiative_id, u.filter, u.choice_id, u.choice_text)::initiative_use) FROM (
                        SELECT o.initiative_id, 'programme' AS filter, NULL::uuid AS choice_id, o.programme AS choice_text FROM old_lines o WHERE o.programme IS NOT NULL
                        UNION ALL
                        SELECT o.initiative_id, 'contributorId', o.contributor_id, NULL FROM old_lines o WHERE o.contributor_id IS NOT NULL) AS u), -1);
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER funding_lines_choices_after_insert AFTER INSERT ON funding_lines
                    REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION partnership_choices_lines_added();
                CREATE TRIGGER funding_lines_choices_after_update_old AFTER UPDATE ON funding_lines
                    REFERENCING OLD TABLE AS old_lines FOR EACH STATEMENT EXECUTE FUNCTION partnership_choices_lines_removed();
                CREATE TRIGGER funding_lines_choices_after_update_new AFTER UPDATE ON funding_lines
                    REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION partnership_choices_lines_added();
                CREATE TRIGGER funding_lines_choices_after_delete AFTER DELETE ON funding_lines
                    REFERENCING OLD TABLE AS old_lines FOR EACH STATEMENT EXECUTE FUNCTION partnership_choices_lines_removed();

                SELECT partnership_figures_apply(array_agg(ROW(i.id, i.partnership_id, i.pillar, i.is_shareable, i.is_archived, i.lead_organisation_id, 1)::initiative_change))
                FROM initiatives i;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER initiatives_figures_after_insert ON initiatives;
                DROP TRIGGER initiatives_figures_after_update ON initiatives;
                DROP TRIGGER initiatives_figures_before_delete ON initiatives;
                DROP TRIGGER initiative_funding_sums_figures_after_insert ON initiative_funding_sums;
                DROP TRIGGER initiative_funding_sums_figures_after_update_old ON initiative_funding_sums;
                DROP TRIGGER initiative_funding_sums_figures_after_update_new ON initiative_funding_sums;
                DROP TRIGGER initiative_funding_sums_figures_after_delete ON initiative_funding_sums;
                DROP TRIGGER initiative_thematic_areas_choices_after_insert ON initiative_thematic_areas;
                DROP TRIGGER initiative_thematic_areas_choices_after_update_old ON initiative_thematic_areas;
                DROP TRIGGER initiative_thematic_areas_choices_after_update_new ON initiative_thematic_areas;
                DROP TRIGGER initiative_thematic_areas_choices_after_delete ON initiative_thematic_areas;
                DROP TRIGGER funding_lines_choices_after_insert ON funding_lines;
                DROP TRIGGER funding_lines_choices_after_update_old ON funding_lines;
                DROP TRIGGER funding_lines_choices_after_update_new ON funding_lines;
                DROP TRIGGER funding_lines_choices_after_delete ON funding_lines;
                DROP FUNCTION partnership_figures_initiatives_added();
                DROP FUNCTION partnership_figures_initiatives_moved();
                DROP FUNCTION partnership_figures_initiative_deleting();
                DROP FUNCTION partnership_figures_apply(initiative_change[]);
                DROP FUNCTION partnership_figures_sums_added();
                DROP FUNCTION partnership_figures_sums_removed();
                DROP FUNCTION partnership_figures_sums(initiative_funding_sums[], integer);
                DROP FUNCTION partnership_choices_areas_added();
                DROP FUNCTION partnership_choices_areas_removed();
                DROP FUNCTION partnership_choices_lines_added();
                DROP FUNCTION partnership_choices_lines_removed();
                DROP FUNCTION partnership_choices_add(initiative_use[], integer);
                DROP TYPE initiative_use;
                DROP TYPE initiative_change;
                """);

            migrationBuilder.DropTable(
                name: "partnership_choices");

            migrationBuilder.DropTable(
                name: "partnership_figures");
        }
    }
}
