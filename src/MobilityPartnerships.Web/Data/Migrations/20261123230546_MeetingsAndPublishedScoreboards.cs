using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class MeetingsAndPublishedScoreboards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    partnership_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    is_online = table.Column<bool>(type: "boolean", nullable: false),
                    minutes = table.Column<string>(type: "character varying(40000)", maxLength: 40000, nullable: true),
                    minutes_approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    minutes_approved_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    decisions = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => x.id);
                    table.ForeignKey(
                        name: "fk_meetings_partnerships_partnership_id",
                        column: x => x.partnership_id,
                        principalTable: "partnerships",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "action_points",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partnership_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    owner_organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    owner_person = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_action_points", x => x.id);
                    table.ForeignKey(
                        name: "fk_action_points_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_action_points_organisations_owner_organisation_id",
                        column: x => x.owner_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_action_points_partnerships_partnership_id",
                        column: x => x.partnership_id,
                        principalTable: "partnerships",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "agenda_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    proposed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    proposed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agenda_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_agenda_items_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meeting_chairs",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_chairs", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_chairs_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_meeting_chairs_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meeting_corrigenda",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    text = table.Column<string>(type: "character varying(40000)", maxLength: 40000, nullable: false),
                    issued_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_corrigenda", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_corrigenda_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_participants",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    person_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_participants", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_participants_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_meeting_participants_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "minutes_comments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    posted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_minutes_comments", x => x.id);
                    table.ForeignKey(
                        name: "fk_minutes_comments_asp_net_users_author_id",
                        column: x => x.author_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_minutes_comments_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "published_scoreboards",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    partnership_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    partnership_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_published_scoreboards", x => x.id);
                    table.ForeignKey(
                        name: "fk_published_scoreboards_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_published_scoreboards_partnerships_partnership_id",
                        column: x => x.partnership_id,
                        principalTable: "partnerships",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "published_initiatives",
                columns: table => new
                {
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: false),
                    published_scoreboard_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference_code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    pillar = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    thematic_areas = table.Column<string[]>(type: "text[]", nullable: false),
                    lead = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    responsible_service = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    partners = table.Column<string[]>(type: "text[]", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    novelty = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    start_month = table.Column<DateOnly>(type: "date", nullable: true),
                    end_month = table.Column<DateOnly>(type: "date", nullable: true),
                    period_note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    is_shareable = table.Column<bool>(type: "boolean", nullable: false),
                    funding_lines = table.Column<string[]>(type: "text[]", nullable: false),
                    total_budget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    eu_contribution = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    last_update_on = table.Column<DateOnly>(type: "date", nullable: true),
                    last_rating = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_published_initiatives", x => new { x.published_scoreboard_id, x.initiative_id });
                    table.ForeignKey(
                        name: "fk_published_initiatives_published_scoreboards_published_score",
                        column: x => x.published_scoreboard_id,
                        principalTable: "published_scoreboards",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_action_points_meeting_id",
                table: "action_points",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_action_points_owner_organisation_id",
                table: "action_points",
                column: "owner_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_action_points_partnership_id_status_due_on",
                table: "action_points",
                columns: new[] { "partnership_id", "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_agenda_items_meeting_id_position",
                table: "agenda_items",
                columns: new[] { "meeting_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_meeting_chairs_meeting_id",
                table: "meeting_chairs",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_chairs_organisation_id",
                table: "meeting_chairs",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_corrigenda_meeting_id",
                table: "meeting_corrigenda",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_participants_meeting_id",
                table: "meeting_participants",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_meeting_participants_organisation_id",
                table: "meeting_participants",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_held_on",
                table: "meetings",
                column: "held_on");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_partnership_id_held_on",
                table: "meetings",
                columns: new[] { "partnership_id", "held_on" });

            migrationBuilder.CreateIndex(
                name: "ix_minutes_comments_author_id",
                table: "minutes_comments",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_minutes_comments_meeting_id_posted_at",
                table: "minutes_comments",
                columns: new[] { "meeting_id", "posted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_published_scoreboards_meeting_id",
                table: "published_scoreboards",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_published_scoreboards_partnership_id_number",
                table: "published_scoreboards",
                columns: new[] { "partnership_id", "number" },
                unique: true);

            // A published version is a record of what was shown: no role can change or erase it.
            migrationBuilder.Sql("""
                CREATE FUNCTION refuse_published_scoreboard_change() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', TABLE = TG_TABLE_NAME,
                        MESSAGE = 'A published scoreboard cannot be changed or deleted; publish a new version instead.';
                END;
                $$;

                CREATE TRIGGER trg_published_scoreboards_immutable
                    BEFORE UPDATE OR DELETE ON published_scoreboards
                    FOR EACH ROW EXECUTE FUNCTION refuse_published_scoreboard_change();
                CREATE TRIGGER trg_published_scoreboards_no_truncate
                    BEFORE TRUNCATE ON published_scoreboards
                    FOR EACH STATEMENT EXECUTE FUNCTION refuse_published_scoreboard_change();
                CREATE TRIGGER trg_published_initiatives_immutable
                    BEFORE UPDATE OR DELETE ON published_initiatives
                    FOR EACH ROW EXECUTE FUNCTION refuse_published_scoreboard_change();
                CREATE TRIGGER trg_published_initiatives_no_truncate
                    BEFORE TRUNCATE ON published_initiatives
                    FOR EACH STATEMENT EXECUTE FUNCTION refuse_published_scoreboard_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "action_points");

            migrationBuilder.DropTable(
                name: "agenda_items");

            migrationBuilder.DropTable(
                name: "meeting_chairs");

            migrationBuilder.DropTable(
                name: "meeting_corrigenda");

            migrationBuilder.DropTable(
                name: "meeting_participants");

            migrationBuilder.DropTable(
                name: "minutes_comments");

            migrationBuilder.DropTable(
                name: "published_initiatives");

            migrationBuilder.DropTable(
                name: "published_scoreboards");

            migrationBuilder.DropTable(
                name: "meetings");

            migrationBuilder.Sql("DROP FUNCTION refuse_published_scoreboard_change();");
        }
    }
}
