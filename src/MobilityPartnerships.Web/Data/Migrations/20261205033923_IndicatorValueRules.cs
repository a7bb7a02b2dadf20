using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <summary>
    /// One value per indicator and period (older duplicates, which the latest report already outweighed, are removed),
    /// and no negative value, baseline or target for an indicator whose unit counts things: the words and prefixes of
    /// <c>IndicatorUnit</c>, repeated in <c>indicator_unit_is_count</c>.
    /// </summary>
    public partial class IndicatorValueRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_indicator_values_indicator_id_period_end",
                table: "indicator_values");

            migrationBuilder.Sql("""
                DELETE FROM indicator_values v
                USING indicator_values newer
                WHERE newer.indicator_id = v.indicator_id AND newer.period_start = v.period_start AND newer.period_end = v.period_end
                  AND (newer.reported_at, newer.id) > (v.reported_at, v.id);

                CREATE FUNCTION indicator_unit_is_count(unit text) RETURNS boolean
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT coalesce(normal = ANY (ARRAY['#', 'number', 'count', 'people', 'persons', 'person', 'participants', 'beneficiaries',
                                                        'workers', 'students', 'trainees', 'migrants', 'returnees', 'staff', 'officials', 'sessions',
                                                        'trainings', 'events', 'visas', 'applications', 'cases', 'agreements', 'projects', 'jobs',
                                                        'placements', 'institutions', 'organisations', 'courses'])
                                    OR starts_with(normal, 'number of ') OR starts_with(normal, 'no. of ') OR starts_with(normal, '# '), false)
                    FROM (SELECT lower(regexp_replace(regexp_replace(unit, '^\s+|\s+$', '', 'g'), '\s+', ' ', 'g')) AS normal) AS u
                $$;

                CREATE FUNCTION check_indicator_value_count_not_negative() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_TABLE_NAME = 'indicator_values' THEN
                        IF NEW.value < 0 AND EXISTS (SELECT 1 FROM initiative_indicators i WHERE i.id = NEW.indicator_id AND indicator_unit_is_count(i.unit)) THEN
                            RAISE EXCEPTION USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_indicator_values_count_not_negative', TABLE = 'indicator_values',
                                MESSAGE = 'A value of an indicator that counts things cannot be negative.';
                        END IF;
                    ELSIF indicator_unit_is_count(NEW.unit) AND EXISTS (SELECT 1 FROM indicator_values v WHERE v.indicator_id = NEW.id AND v.value < 0) THEN
                        RAISE EXCEPTION USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_indicator_values_count_not_negative', TABLE = 'initiative_indicators',
                            MESSAGE = 'The indicator has negative values reported: its unit cannot be one that counts things.';
                    END IF;
                    RETURN NEW;
                END $$;

                CREATE TRIGGER trg_indicator_values_count_not_negative
                    BEFORE INSERT OR UPDATE OF value, indicator_id ON indicator_values
                    FOR EACH ROW EXECUTE FUNCTION check_indicator_value_count_not_negative();
                CREATE TRIGGER trg_initiative_indicators_count_not_negative
                    BEFORE UPDATE OF unit ON initiative_indicators
                    FOR EACH ROW EXECUTE FUNCTION check_indicator_value_count_not_negative();
                """);

            migrationBuilder.AddCheckConstraint(
                name: "ck_initiative_indicators_count_not_negative",
                table: "initiative_indicators",
                sql: "NOT indicator_unit_is_count(unit) OR (coalesce(baseline_value, 0) >= 0 AND coalesce(target_value, 0) >= 0)");

            migrationBuilder.CreateIndex(
                name: "ux_indicator_values_one_per_period",
                table: "indicator_values",
                columns: new[] { "indicator_id", "period_end", "period_start" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_initiative_indicators_count_not_negative",
                table: "initiative_indicators");

            migrationBuilder.DropIndex(
                name: "ux_indicator_values_one_per_period",
                table: "indicator_values");

            migrationBuilder.Sql("""
                DROP TRIGGER trg_initiative_indicators_count_not_negative ON initiative_indicators;
                DROP TRIGGER trg_indicator_values_count_not_negative ON indicator_values;
                DROP FUNCTION check_indicator_value_count_not_negative();
                DROP FUNCTION indicator_unit_is_count(text);
                """);

            migrationBuilder.CreateIndex(
                name: "ix_indicator_values_indicator_id_period_end",
                table: "indicator_values",
                columns: new[] { "indicator_id", "period_end" });
        }
    }
}
