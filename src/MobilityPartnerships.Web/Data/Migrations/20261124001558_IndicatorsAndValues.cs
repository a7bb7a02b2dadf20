using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorsAndValues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Indicators get a stable id so reported values can point at them: existing rows get a fresh one.
            migrationBuilder.Sql("""
                ALTER TABLE initiative_indicators DROP CONSTRAINT pk_initiative_indicators;
                ALTER TABLE initiative_indicators DROP COLUMN id;
                ALTER TABLE initiative_indicators ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid();
                ALTER TABLE initiative_indicators ALTER COLUMN id DROP DEFAULT;
                ALTER TABLE initiative_indicators ADD CONSTRAINT pk_initiative_indicators PRIMARY KEY (id);
                """);

            migrationBuilder.AddColumn<DateOnly>(
                name: "baseline_date",
                table: "initiative_indicators",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "baseline_value",
                table: "initiative_indicators",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "means_of_verification",
                table: "initiative_indicators",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "target_date",
                table: "initiative_indicators",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "target_value",
                table: "initiative_indicators",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "unit",
                table: "initiative_indicators",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "indicator_values",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: false),
                    indicator_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    reporter_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    reporter_organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_values", x => x.id);
                    table.CheckConstraint("ck_indicator_values_period_end_after_start", "period_end > period_start");
                    table.ForeignKey(
                        name: "fk_indicator_values_initiative_indicators_indicator_id",
                        column: x => x.indicator_id,
                        principalTable: "initiative_indicators",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_indicator_values_initiatives_initiative_id",
                        column: x => x.initiative_id,
                        principalTable: "initiatives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_indicator_values_organisations_reporter_organisation_id",
                        column: x => x.reporter_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_initiative_indicators_target_not_before_baseline",
                table: "initiative_indicators",
                sql: "baseline_date IS NULL OR target_date IS NULL OR target_date >= baseline_date");

            migrationBuilder.CreateIndex(
                name: "ix_indicator_values_indicator_id_period_end",
                table: "indicator_values",
                columns: new[] { "indicator_id", "period_end" });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_values_initiative_id",
                table: "indicator_values",
                column: "initiative_id");

            migrationBuilder.CreateIndex(
                name: "ix_indicator_values_reporter_organisation_id",
                table: "indicator_values",
                column: "reporter_organisation_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indicator_values");

            migrationBuilder.DropCheckConstraint(
                name: "ck_initiative_indicators_target_not_before_baseline",
                table: "initiative_indicators");

            migrationBuilder.DropColumn(
                name: "baseline_date",
                table: "initiative_indicators");

            migrationBuilder.DropColumn(
                name: "baseline_value",
                table: "initiative_indicators");

            migrationBuilder.DropColumn(
                name: "means_of_verification",
                table: "initiative_indicators");

            migrationBuilder.DropColumn(
                name: "target_date",
                table: "initiative_indicators");

            migrationBuilder.DropColumn(
                name: "target_value",
                table: "initiative_indicators");

            migrationBuilder.DropColumn(
                name: "unit",
                table: "initiative_indicators");

            migrationBuilder.Sql("""
                ALTER TABLE initiative_indicators DROP CONSTRAINT pk_initiative_indicators;
                ALTER TABLE initiative_indicators DROP COLUMN id;
                ALTER TABLE initiative_indicators ADD COLUMN id integer GENERATED BY DEFAULT AS IDENTITY;
                ALTER TABLE initiative_indicators ADD CONSTRAINT pk_initiative_indicators PRIMARY KEY (id);
                """);
        }
    }
}
