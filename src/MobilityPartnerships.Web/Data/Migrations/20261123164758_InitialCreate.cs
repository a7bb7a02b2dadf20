using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    short_name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    country_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: true),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    member_from = table.Column<DateOnly>(type: "date", nullable: true),
                    member_until = table.Column<DateOnly>(type: "date", nullable: true),
                    signs_through_presidency = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                    table.CheckConstraint("ck_organisations_membership_only_member_states", "kind = 'MemberState' OR (member_from IS NULL AND member_until IS NULL)");
                    table.CheckConstraint("ck_organisations_membership_order", "member_until IS NULL OR member_until >= member_from");
                    table.ForeignKey(
                        name: "fk_organisations_organisations_parent_id",
                        column: x => x.parent_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "presidency_terms",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    start = table.Column<DateOnly>(type: "date", nullable: false),
                    end = table.Column<DateOnly>(type: "date", nullable: false),
                    member_state_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_presidency_terms", x => x.id);
                    table.CheckConstraint("ck_presidency_terms_order", "\"end\" >= start");
                });

            migrationBuilder.CreateTable(
                name: "thematic_areas",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    pillar = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_thematic_areas", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "partnerships",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    partner_country_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    signed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    exploratory_talks_deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    priorities = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnerships", x => x.id);
                    table.ForeignKey(
                        name: "fk_partnerships_organisations_partner_country_id",
                        column: x => x.partner_country_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "partnership_monitoring_bodies",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    meeting_frequency = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    partnership_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_monitoring_bodies", x => x.id);
                    table.ForeignKey(
                        name: "fk_partnership_monitoring_bodies_partnerships_partnership_id",
                        column: x => x.partnership_id,
                        principalTable: "partnerships",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partnership_participants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    partnership_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    basis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    joined_on = table.Column<DateOnly>(type: "date", nullable: true),
                    left_on = table.Column<DateOnly>(type: "date", nullable: true),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_participants", x => x.id);
                    table.UniqueConstraint("ak_partnership_participants_partnership_organisation", x => new { x.partnership_id, x.organisation_id });
                    table.CheckConstraint("ck_partnership_participants_left_after_joining", "left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on");
                    table.ForeignKey(
                        name: "fk_partnership_participants_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_partnership_participants_partnerships_partnership_id",
                        column: x => x.partnership_id,
                        principalTable: "partnerships",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partnership_status_changes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: true),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    partnership_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partnership_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_partnership_status_changes_partnerships_partnership_id",
                        column: x => x.partnership_id,
                        principalTable: "partnerships",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "initiatives",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    partnership_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reference_code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    pillar = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    lead_organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    responsible_service_id = table.Column<Guid>(type: "uuid", nullable: true),
                    period_start_month = table.Column<DateOnly>(type: "date", nullable: true),
                    period_end_month = table.Column<DateOnly>(type: "date", nullable: true),
                    period_duration_months = table.Column<int>(type: "integer", nullable: true),
                    period_note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    novelty = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    is_shareable = table.Column<bool>(type: "boolean", nullable: false),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_initiatives", x => x.id);
                    table.CheckConstraint("ck_initiatives_period_end_after_start", "period_end_month IS NULL OR period_start_month IS NULL OR period_end_month >= period_start_month");
                    table.ForeignKey(
                        name: "fk_initiatives_lead_is_participant",
                        columns: x => new { x.partnership_id, x.lead_organisation_id },
                        principalTable: "partnership_participants",
                        principalColumns: new[] { "partnership_id", "organisation_id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_initiatives_organisations_responsible_service_id",
                        column: x => x.responsible_service_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_initiatives_partnerships_partnership_id",
                        column: x => x.partnership_id,
                        principalTable: "partnerships",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "funding_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    programme = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    contributor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    total_budget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    eu_contribution = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_funding_lines", x => x.id);
                    table.CheckConstraint("ck_funding_lines_amounts_not_negative", "(total_budget IS NULL OR total_budget >= 0) AND (eu_contribution IS NULL OR eu_contribution >= 0)");
                    table.CheckConstraint("ck_funding_lines_eu_contribution_within_total", "eu_contribution IS NULL OR total_budget IS NULL OR eu_contribution <= total_budget");
                    table.ForeignKey(
                        name: "fk_funding_lines_initiatives_initiative_id",
                        column: x => x.initiative_id,
                        principalTable: "initiatives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_funding_lines_organisations_contributor_id",
                        column: x => x.contributor_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "initiative_contact_points",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    function = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_initiative_contact_points", x => x.id);
                    table.ForeignKey(
                        name: "fk_initiative_contact_points_initiatives_initiative_id",
                        column: x => x.initiative_id,
                        principalTable: "initiatives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_initiative_contact_points_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "initiative_indicators",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_initiative_indicators", x => x.id);
                    table.ForeignKey(
                        name: "fk_initiative_indicators_initiatives_initiative_id",
                        column: x => x.initiative_id,
                        principalTable: "initiatives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "initiative_partners",
                columns: table => new
                {
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_initiative_partners", x => new { x.initiative_id, x.organisation_id, x.role });
                    table.ForeignKey(
                        name: "fk_initiative_partners_initiatives_initiative_id",
                        column: x => x.initiative_id,
                        principalTable: "initiatives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_initiative_partners_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "initiative_thematic_areas",
                columns: table => new
                {
                    thematic_area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    initiative_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_initiative_thematic_areas", x => new { x.initiative_id, x.thematic_area_id });
                    table.ForeignKey(
                        name: "fk_initiative_thematic_areas_initiatives_initiative_id",
                        column: x => x.initiative_id,
                        principalTable: "initiatives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_initiative_thematic_areas_thematic_areas_thematic_area_id",
                        column: x => x.thematic_area_id,
                        principalTable: "thematic_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_funding_lines_contributor_id",
                table: "funding_lines",
                column: "contributor_id");

            migrationBuilder.CreateIndex(
                name: "ix_funding_lines_initiative_id",
                table: "funding_lines",
                column: "initiative_id");

            migrationBuilder.CreateIndex(
                name: "ix_funding_lines_programme",
                table: "funding_lines",
                column: "programme");

            migrationBuilder.CreateIndex(
                name: "ix_initiative_contact_points_initiative_id",
                table: "initiative_contact_points",
                column: "initiative_id");

            migrationBuilder.CreateIndex(
                name: "ix_initiative_contact_points_organisation_id",
                table: "initiative_contact_points",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_initiative_indicators_initiative_id",
                table: "initiative_indicators",
                column: "initiative_id");

            migrationBuilder.CreateIndex(
                name: "ix_initiative_partners_organisation_id",
                table: "initiative_partners",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_initiative_thematic_areas_thematic_area_id",
                table: "initiative_thematic_areas",
                column: "thematic_area_id");

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_partnership_id_lead_organisation_id",
                table: "initiatives",
                columns: new[] { "partnership_id", "lead_organisation_id" });

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_partnership_id_pillar",
                table: "initiatives",
                columns: new[] { "partnership_id", "pillar" });

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_partnership_id_reference_code",
                table: "initiatives",
                columns: new[] { "partnership_id", "reference_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_partnership_id_status",
                table: "initiatives",
                columns: new[] { "partnership_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_partnership_id_title",
                table: "initiatives",
                columns: new[] { "partnership_id", "title" });

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_responsible_service_id",
                table: "initiatives",
                column: "responsible_service_id");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_country_code_of_states",
                table: "organisations",
                column: "country_code",
                unique: true,
                filter: "kind IN ('MemberState', 'ThirdCountry')");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_name",
                table: "organisations",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisations_parent_id",
                table: "organisations",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_monitoring_bodies_partnership_id",
                table: "partnership_monitoring_bodies",
                column: "partnership_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_participants_organisation_id",
                table: "partnership_participants",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnership_status_changes_partnership_id",
                table: "partnership_status_changes",
                column: "partnership_id");

            migrationBuilder.CreateIndex(
                name: "ix_partnerships_name",
                table: "partnerships",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_partnerships_partner_country_id",
                table: "partnerships",
                column: "partner_country_id");

            migrationBuilder.CreateIndex(
                name: "ix_presidency_terms_start",
                table: "presidency_terms",
                column: "start",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_thematic_areas_pillar_name",
                table: "thematic_areas",
                columns: new[] { "pillar", "name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "funding_lines");

            migrationBuilder.DropTable(
                name: "initiative_contact_points");

            migrationBuilder.DropTable(
                name: "initiative_indicators");

            migrationBuilder.DropTable(
                name: "initiative_partners");

            migrationBuilder.DropTable(
                name: "initiative_thematic_areas");

            migrationBuilder.DropTable(
                name: "partnership_monitoring_bodies");

            migrationBuilder.DropTable(
                name: "partnership_status_changes");

            migrationBuilder.DropTable(
                name: "presidency_terms");

            migrationBuilder.DropTable(
                name: "initiatives");

            migrationBuilder.DropTable(
                name: "thematic_areas");

            migrationBuilder.DropTable(
                name: "partnership_participants");

            migrationBuilder.DropTable(
                name: "partnerships");

            migrationBuilder.DropTable(
                name: "organisations");
        }
    }
}
