using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <summary>
    /// A meeting can be cancelled (kept, marked, never un-cancelled); a published version's meeting link is corrected by
    /// a dated record beside the version, append-only like the version, whose own trigger stays as it is.
    /// </summary>
    public partial class PublishedMeetingCorrectionsAndCancelledMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "cancellation_reason",
                table: "meetings",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "cancelled_at",
                table: "meetings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "cancelled_by",
                table: "meetings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "published_meeting_corrections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    published_scoreboard_id = table.Column<Guid>(type: "uuid", nullable: false),
                    previous_meeting_id = table.Column<Guid>(type: "uuid", nullable: true),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    corrected_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    corrected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_published_meeting_corrections", x => x.id);
                    table.ForeignKey(
                        name: "fk_published_meeting_corrections_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_published_meeting_corrections_meetings_previous_meeting_id",
                        column: x => x.previous_meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_published_meeting_corrections_published_scoreboards_publish",
                        column: x => x.published_scoreboard_id,
                        principalTable: "published_scoreboards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_meetings_cancelled_by_someone",
                table: "meetings",
                sql: "(cancelled_at IS NULL) = (cancelled_by IS NULL)");

            migrationBuilder.CreateIndex(
                name: "ix_published_meeting_corrections_meeting_id",
                table: "published_meeting_corrections",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_published_meeting_corrections_previous_meeting_id",
                table: "published_meeting_corrections",
                column: "previous_meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_published_meeting_corrections_published_scoreboard_id_corre",
                table: "published_meeting_corrections",
                columns: new[] { "published_scoreboard_id", "corrected_at" });

            migrationBuilder.Sql("""
                CREATE TRIGGER trg_published_meeting_corrections_immutable
                    BEFORE UPDATE OR DELETE ON published_meeting_corrections
                    FOR EACH ROW EXECUTE FUNCTION refuse_published_scoreboard_change();
                CREATE TRIGGER trg_published_meeting_corrections_no_truncate
                    BEFORE TRUNCATE ON published_meeting_corrections
                    FOR EACH STATEMENT EXECUTE FUNCTION refuse_published_scoreboard_change();

                CREATE FUNCTION refuse_meeting_uncancel() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_meetings_cancellation_final', TABLE = 'meetings',
                        MESSAGE = 'A cancelled meeting stays cancelled.';
                END $$;
                CREATE TRIGGER trg_meetings_cancellation_final
                    BEFORE UPDATE OF cancelled_at, cancelled_by, cancellation_reason ON meetings
                    FOR EACH ROW WHEN (OLD.cancelled_at IS NOT NULL AND (NEW.cancelled_at, NEW.cancelled_by, NEW.cancellation_reason) IS DISTINCT FROM (OLD.cancelled_at, OLD.cancelled_by, OLD.cancellation_reason))
                    EXECUTE FUNCTION refuse_meeting_uncancel();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER trg_meetings_cancellation_final ON meetings;
                DROP FUNCTION refuse_meeting_uncancel();
                """);

            migrationBuilder.DropTable(
                name: "published_meeting_corrections");

            migrationBuilder.DropCheckConstraint(
                name: "ck_meetings_cancelled_by_someone",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "cancellation_reason",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "cancelled_at",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "cancelled_by",
                table: "meetings");
        }
    }
}
