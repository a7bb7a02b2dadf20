using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <summary>
    /// A partnership not signed has no signature precision (it read "Day" for a date that does not exist), and a status
    /// change without a date is of unknown precision, as a participant's joining without a date already was.
    /// </summary>
    public partial class SignaturePrecisionOnlyOnceSigned : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "signed_on_precision",
                table: "partnerships",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.Sql("UPDATE partnerships SET signed_on_precision = NULL WHERE signed_on IS NULL AND signed_on_precision <> 'Unknown';");
            migrationBuilder.Sql("UPDATE partnership_status_changes SET precision = 'Unknown' WHERE \"on\" IS NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE partnerships SET signed_on_precision = 'Day' WHERE signed_on_precision IS NULL;");
            migrationBuilder.AlterColumn<string>(
                name: "signed_on_precision",
                table: "partnerships",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldNullable: true);
        }
    }
}
