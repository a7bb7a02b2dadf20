using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class HistoryAndRowVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "partnerships",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "initiatives",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateTable(
                name: "history_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    change_set_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    aggregate_type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    aggregate_id = table.Column<string>(type: "text", nullable: false),
                    record_type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    field = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    old_value = table.Column<string>(type: "text", nullable: true),
                    new_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_history_entries", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_history_entries_aggregate_type_aggregate_id_occurred_at",
                table: "history_entries",
                columns: new[] { "aggregate_type", "aggregate_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_history_entries_change_set_id",
                table: "history_entries",
                column: "change_set_id");

            // History is append-only for every role: no application code path can rewrite or erase it.
            migrationBuilder.Sql("""
                CREATE FUNCTION refuse_history_rewrite() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', TABLE = 'history_entries',
                        MESSAGE = 'History entries cannot be changed or deleted.';
                END;
                $$;

                CREATE TRIGGER trg_history_entries_append_only
                    BEFORE UPDATE OR DELETE ON history_entries
                    FOR EACH ROW EXECUTE FUNCTION refuse_history_rewrite();

                CREATE TRIGGER trg_history_entries_no_truncate
                    BEFORE TRUNCATE ON history_entries
                    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_rewrite();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "history_entries");

            migrationBuilder.Sql("DROP FUNCTION refuse_history_rewrite();");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "partnerships");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "initiatives");
        }
    }
}
