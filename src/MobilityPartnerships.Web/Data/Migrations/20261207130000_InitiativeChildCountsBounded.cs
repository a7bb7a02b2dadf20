using System.Globalization;
using Microsoft.EntityFrameworkCore.Migrations;
using MobilityPartnerships.Domain.Initiatives;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <summary>
    /// The domain's bounds on how many partners, funding lines, contact points and indicators an initiative has, in the
    /// database too (decision 0002), so that no write around the domain (SQL, a bulk copy, a future code path) stores
    /// more than every page, export and history of an initiative is made for. A count spans rows, so a check constraint
    /// cannot hold it: a constraint trigger on each table counts the initiative's rows, at commit
    /// (<c>DEFERRABLE INITIALLY DEFERRED</c>), because EF Core may insert an initiative's new lines before it deletes
    /// the old ones, and a count taken between the two would refuse a legal replacement of all 50.
    /// </summary>
    public partial class InitiativeChildCountsBounded : Migration
    {
        /// <summary>
        /// Each table, the check the trigger raises under, and the domain's bound. The partners are the rows of
        /// initiative_partners only: the lead is the initiative's own column, never a partner row
        /// (<c>Initiative.AddPartner</c> counts the partners with the one being added, not the lead).
        /// </summary>
        private static readonly (string Table, string Constraint, int Most, string What)[] Bounds =
        [
            ("initiative_partners", "ck_initiative_partners_per_initiative_in_range", Initiative.MaxPartners, "partners"),
            ("funding_lines", "ck_funding_lines_per_initiative_in_range", Initiative.MaxFundingLines, "funding lines"),
            ("initiative_contact_points", "ck_initiative_contact_points_per_initiative_in_range", Initiative.MaxContactPoints, "contact points"),
            ("initiative_indicators", "ck_initiative_indicators_per_initiative_in_range", Initiative.MaxIndicators, "indicators"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The trigger is named as the check it raises, so that SET CONSTRAINTS … IMMEDIATE can name it too.
            // Rows stored before are not counted now: an initiative found over a bound (by no path of the domain's) is
            // refused its next new row, as a row stored outside a check is (see DatesWithinTheProductsYears).
            foreach (var (table, constraint, most, what) in Bounds)
            {
                migrationBuilder.Sql(string.Create(CultureInfo.InvariantCulture, $"""
                    CREATE FUNCTION {Function(table)}() RETURNS trigger
                    LANGUAGE plpgsql AS $$
                    BEGIN
                        -- Counts no further than one past the bound, on the initiative_id index, whatever is stored.
                        IF (SELECT count(*) FROM (SELECT 1 FROM public.{table} WHERE initiative_id = NEW.initiative_id LIMIT {most + 1}) AS counted) > {most} THEN
                            RAISE EXCEPTION USING ERRCODE = 'check_violation', CONSTRAINT = '{constraint}', TABLE = '{table}',
                                MESSAGE = format('An initiative has at most {most} {what}: initiative %s would have more.', NEW.initiative_id);
                        END IF;
                        RETURN NULL;
                    END $$;

                    CREATE CONSTRAINT TRIGGER {constraint} AFTER INSERT OR UPDATE OF initiative_id ON {table}
                        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {Function(table)}();
                    """));
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, constraint, _, _) in Bounds)
            {
                migrationBuilder.Sql($"""
                    DROP TRIGGER {constraint} ON {table};
                    DROP FUNCTION {Function(table)}();
                    """);
            }
        }

        private static string Function(string table) => $"mp_check_{table}_per_initiative";
    }
}
