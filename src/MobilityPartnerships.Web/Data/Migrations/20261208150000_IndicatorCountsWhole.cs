using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <summary>
    /// A value of an indicator whose unit counts things is a whole number, as <c>Indicator.CheckReportedValue</c> says; and
    /// an indicator's unit cannot be changed to one that counts things while a value on record is not a whole number
    /// (<c>Indicator.CheckUnitOverReported</c>), as it already cannot over a value below zero. Values stored before the
    /// rule stay: only a write is checked.
    /// </summary>
    public partial class IndicatorCountsWhole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION check_indicator_value_count_whole() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_TABLE_NAME = 'indicator_values' THEN
                        IF NEW.value <> trunc(NEW.value) AND EXISTS (SELECT 1 FROM initiative_indicators i WHERE i.id = NEW.indicator_id AND indicator_unit_is_count(i.unit)) THEN
                            RAISE EXCEPTION USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_indicator_values_count_whole', TABLE = 'indicator_values',
                                MESSAGE = 'A value of an indicator that counts things is a whole number.';
                        END IF;
                    ELSIF indicator_unit_is_count(NEW.unit) AND NOT coalesce(indicator_unit_is_count(OLD.unit), false)
                          AND EXISTS (SELECT 1 FROM indicator_values v WHERE v.indicator_id = NEW.id AND v.value <> trunc(v.value)) THEN
                        RAISE EXCEPTION USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_indicator_values_count_whole', TABLE = 'initiative_indicators',
                            MESSAGE = 'The indicator has values on record that are not whole numbers: its unit cannot become one that counts things.';
                    END IF;
                    RETURN NEW;
                END $$;

                CREATE TRIGGER trg_indicator_values_count_whole
                    BEFORE INSERT OR UPDATE OF value, indicator_id ON indicator_values
                    FOR EACH ROW EXECUTE FUNCTION check_indicator_value_count_whole();
                CREATE TRIGGER trg_initiative_indicators_count_whole
                    BEFORE UPDATE OF unit ON initiative_indicators
                    FOR EACH ROW EXECUTE FUNCTION check_indicator_value_count_whole();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER trg_initiative_indicators_count_whole ON initiative_indicators;
                DROP TRIGGER trg_indicator_values_count_whole ON indicator_values;
                DROP FUNCTION check_indicator_value_count_whole();
                """);
        }
    }
}
