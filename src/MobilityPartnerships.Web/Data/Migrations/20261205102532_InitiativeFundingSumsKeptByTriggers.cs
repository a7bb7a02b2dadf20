using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitiativeFundingSumsKeptByTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "initiative_funding_sums",
                columns: table => new
                {
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lines = table.Column<int>(type: "integer", nullable: false),
                    total_budget_known = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    total_budget_unknown = table.Column<int>(type: "integer", nullable: false),
                    eu_contribution_known = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    eu_contribution_unknown = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_initiative_funding_sums", x => x.initiative_id);
                    table.ForeignKey(
                        name: "fk_initiative_funding_sums_initiatives_initiative_id",
                        column: x => x.initiative_id,
                        principalTable: "initiatives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Kept by the database, whatever writes the lines (the one write path, imports, seeds): after each statement on
            // funding_lines, the sums of the initiatives it touched are computed again from their lines (statement-level
            // triggers with transition tables: one pass for a bulk import, not one per line).
            migrationBuilder.Sql("""
                CREATE FUNCTION initiative_funding_sums_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    changed uuid[];
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        SELECT array_agg(DISTINCT initiative_id) INTO changed FROM new_lines;
                    ELSIF TG_OP = 'DELETE' THEN
                        SELECT array_agg(DISTINCT initiative_id) INTO changed FROM old_lines;
                    ELSE
                        SELECT array_agg(DISTINCT initiative_id) INTO changed
                        FROM (SELECT initiative_id FROM new_lines UNION SELECT initiative_id FROM old_lines) AS touched;
                    END IF;
                    IF changed IS NULL THEN
                        RETURN NULL;
                    END IF;
                    INSERT INTO initiative_funding_sums (initiative_id, lines, total_budget_known, total_budget_unknown, eu_contribution_known, eu_contribution_unknown)
                    SELECT f.initiative_id, count(*), sum(f.total_budget), count(*) FILTER (WHERE f.total_budget IS NULL),
                           sum(f.eu_contribution), count(*) FILTER (WHERE f.eu_contribution IS NULL)
                    FROM funding_lines f
                    WHERE f.initiative_id = ANY (changed)
                    GROUP BY f.initiative_id
                    ON CONFLICT (initiative_id) DO UPDATE SET
                        lines = excluded.lines,
                        total_budget_known = excluded.total_budget_known,
                        total_budget_unknown = excluded.total_budget_unknown,
                        eu_contribution_known = excluded.eu_contribution_known,
                        eu_contribution_unknown = excluded.eu_contribution_unknown;
                    DELETE FROM initiative_funding_sums s
                    WHERE s.initiative_id = ANY (changed)
                      AND NOT EXISTS (SELECT 1 FROM funding_lines f WHERE f.initiative_id = s.initiative_id);
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER funding_lines_sums_after_insert AFTER INSERT ON funding_lines
                    REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION initiative_funding_sums_refresh();
                CREATE TRIGGER funding_lines_sums_after_update AFTER UPDATE ON funding_lines
                    REFERENCING OLD TABLE AS old_lines NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION initiative_funding_sums_refresh();
                CREATE TRIGGER funding_lines_sums_after_delete AFTER DELETE ON funding_lines
                    REFERENCING OLD TABLE AS old_lines FOR EACH STATEMENT EXECUTE FUNCTION initiative_funding_sums_refresh();

                INSERT INTO initiative_funding_sums (initiative_id, lines, total_budget_known, total_budget_unknown, eu_contribution_known, eu_contribution_unknown)
                SELECT f.initiative_id, count(*), sum(f.total_budget), count(*) FILTER (WHERE f.total_budget IS NULL),
                       sum(f.eu_contribution), count(*) FILTER (WHERE f.eu_contribution IS NULL)
                FROM funding_lines f
                GROUP BY f.initiative_id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER funding_lines_sums_after_insert ON funding_lines;
                DROP TRIGGER funding_lines_sums_after_update ON funding_lines;
                DROP TRIGGER funding_lines_sums_after_delete ON funding_lines;
                DROP FUNCTION initiative_funding_sums_refresh();
                """);
            migrationBuilder.DropTable(
                name: "initiative_funding_sums");
        }
    }
}
