using System.Globalization;
using Microsoft.EntityFrameworkCore.Migrations;
using MobilityPartnerships.Domain.Meetings;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <summary>
    /// The domain's bounds on a meeting's minutes, in the database too (decision 0002): at most
    /// <see cref="Meeting.MaxDecisions"/> decisions, each of at most <see cref="Meeting.DecisionMaxLength"/> characters,
    /// and at most <see cref="Meeting.MaxCorrigenda"/> corrigenda, so that no write around the domain (SQL, an import, a
    /// future code path) stores what the meeting's page, its history and the minutes' form are not made for.
    /// <para>
    /// The decisions are one <c>text[]</c> column, so their number is a check (<c>cardinality</c>). Their length is a
    /// check too: a check cannot hold the subquery that unnests the array, but it may call an immutable function of the
    /// array alone, <c>mp_longest_line_length</c>, created here first (the checks bind to it when they are added; its
    /// body is SQL-standard, <c>RETURN …</c>, parsed now, so no search path is read when it runs or when a dump is
    /// restored; not <c>BEGIN ATOMIC … END</c>, whose inner semicolon Npgsql would take for the end of the command).
    /// It counts characters as <c>char_length</c> does, in code points, as the domain's <c>TextCharacters.Count</c> does.
    /// The corrigenda are rows, so their number is a constraint trigger counting a meeting's rows at commit, as
    /// <c>InitiativeChildCountsBounded</c> counts an initiative's.
    /// </para>
    /// </summary>
    public partial class MeetingMinutesBounded : Migration
    {
        private const string CorrigendaCheck = "ck_meeting_corrigenda_per_meeting_in_range";
        private const string CorrigendaFunction = "mp_check_meeting_corrigenda_per_meeting";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION mp_longest_line_length(lines text[]) RETURNS integer
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                RETURN (SELECT coalesce(max(char_length(line)), 0) FROM unnest(lines) AS line)
                """);

            // NOT VALID, as every bound added over rows that may break it (decision 0002, DatesWithinTheProductsYears):
            // before commit a0da3e6 the app itself took any number of decisions (and corrigenda), so a database may
            // hold a meeting beyond the bound. Validating would fail the migration on it and stop the deployment;
            // trimming its decisions would lose what was recorded without anyone seeing. Not validated, the row stays as
            // it is, to be read, and every row inserted or changed from now on is checked whole: such a meeting is
            // refused any change (the write path tells why: MeetingWrite.MinutesBeyondBounds) until its decisions are put right — a
            // draft's by drafting them again, which the domain takes only within the bounds; approved minutes' by SQL,
            // since the domain no longer changes them. They are found with
            //   SELECT id FROM meetings WHERE cardinality(decisions) > 100 OR mp_longest_line_length(decisions) > 1000;
            // and once none is left, ALTER TABLE meetings VALIDATE CONSTRAINT … makes each check cover them too.
            migrationBuilder.Sql("ALTER TABLE meetings ADD CONSTRAINT ck_meetings_decisions_in_range CHECK (cardinality(decisions) <= 100) NOT VALID;");
            migrationBuilder.Sql("ALTER TABLE meetings ADD CONSTRAINT ck_meetings_decision_length_in_range CHECK (mp_longest_line_length(decisions) <= 1000) NOT VALID;");

            // The trigger is named as the check it raises, so that SET CONSTRAINTS … IMMEDIATE can name it too. Deferred to
            // the commit, as the initiatives' counts are, so a transaction may hold more rows between its statements and
            // is refused only if it would commit more. Corrigenda stored before are not counted now (the same reasons as
            // above): a meeting found beyond the bound is refused its next corrigendum, as the domain refuses it.
            var most = Meeting.MaxCorrigenda;
            migrationBuilder.Sql(string.Create(CultureInfo.InvariantCulture, $"""
                CREATE FUNCTION {CorrigendaFunction}() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    -- Counts no further than one past the bound, on the meeting_id index, whatever is stored.
                    IF (SELECT count(*) FROM (SELECT 1 FROM public.meeting_corrigenda WHERE meeting_id = NEW.meeting_id LIMIT {most + 1}) AS counted) > {most} THEN
                        RAISE EXCEPTION USING ERRCODE = 'check_violation', CONSTRAINT = '{CorrigendaCheck}', TABLE = 'meeting_corrigenda',
                            MESSAGE = format('Approved minutes take at most {most} corrigenda: meeting %s would have more.', NEW.meeting_id);
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE CONSTRAINT TRIGGER {CorrigendaCheck} AFTER INSERT OR UPDATE OF meeting_id ON meeting_corrigenda
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {CorrigendaFunction}();
                """));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                DROP TRIGGER {CorrigendaCheck} ON meeting_corrigenda;
                DROP FUNCTION {CorrigendaFunction}();
                """);

            migrationBuilder.DropCheckConstraint(
                name: "ck_meetings_decision_length_in_range",
                table: "meetings");

            migrationBuilder.DropCheckConstraint(
                name: "ck_meetings_decisions_in_range",
                table: "meetings");

            migrationBuilder.Sql("DROP FUNCTION mp_longest_line_length(text[]);");
        }
    }
}
