using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProgressUpdatesKeepWhenPosted : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "posted_at",
                table: "progress_updates",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // When each update already kept was entered: its id is a version 7 UUID (ProgressUpdate.Post), whose first 48
            // bits are the milliseconds since 1970 at which it was made, just before it was stored. An id of another kind
            // (none is expected) is taken as entered at the end of the day it describes, in UTC, the latest it can have
            // been known: so it is never counted as new since a version published later than it.
            migrationBuilder.Sql("""
                UPDATE progress_updates
                SET posted_at = CASE
                    WHEN substr(id::text, 15, 1) = '7'
                        THEN to_timestamp(('x' || lpad(substr(replace(id::text, '-', ''), 1, 12), 16, '0'))::bit(64)::bigint / 1000.0)
                    ELSE (reported_on + 1)::timestamp AT TIME ZONE 'UTC' - interval '1 microsecond'
                END;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_progress_updates_initiative_id_posted_at",
                table: "progress_updates",
                columns: new[] { "initiative_id", "posted_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_progress_updates_initiative_id_posted_at",
                table: "progress_updates");

            migrationBuilder.DropColumn(
                name: "posted_at",
                table: "progress_updates");
        }
    }
}
