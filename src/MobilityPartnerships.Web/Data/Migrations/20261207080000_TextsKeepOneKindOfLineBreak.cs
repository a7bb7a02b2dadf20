using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class TextsKeepOneKindOfLineBreak : Migration
    {
        /// <summary>
        /// The texts of several lines that are still written to, with their line breaks as every writer now stores them.
        /// Records are left as they were written: history entries, published versions, their corrections, issued
        /// corrigenda and approved minutes.
        /// </summary>
        private static readonly (string Table, string Column, string Where)[] Texts =
        [
            ("initiatives", "summary", "true"),
            ("initiatives", "expected_results", "true"),
            ("initiative_indicators", "description", "true"),
            ("commitments", "text", "true"),
            ("progress_updates", "narrative", "true"),
            ("initiative_comments", "text", "true"),
            ("minutes_comments", "text", "true"),
            ("agenda_items", "note", "true"),
            ("meetings", "minutes", "minutes_approved_at IS NULL"),
            ("meetings", "cancellation_reason", "true"),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // "\r\n" (and a lone "\r") become "\n", as the shared write path stores them, so that a text read back from a
            // file (whose reader sees "\n") compares as unchanged. Only the rows that hold one are touched.
            foreach (var (table, column, where) in Texts)
            {
                migrationBuilder.Sql(
                    $"UPDATE {table} SET {column} = replace(replace({column}, E'\\r\\n', E'\\n'), E'\\r', E'\\n') WHERE {column} LIKE E'%\\r%' AND {where};");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Which line breaks were "\r\n" is not kept: the texts read the same either way.
        }
    }
}
