using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EnumColumnsHoldOnlyTheirNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_partnership_participants_joined_on_precision",
                table: "partnership_participants");

            migrationBuilder.AddCheckConstraint(
                name: "ck_thematic_areas_pillar_known",
                table: "thematic_areas",
                sql: "\"pillar\" IN ('LegalMigration', 'MigrationAndDevelopment', 'IllegalMigration', 'InternationalProtectionAndAsylum')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_published_initiatives_last_rating_known",
                table: "published_initiatives",
                sql: "\"last_rating\" IN ('OnTrack', 'AtRisk', 'Delayed', 'Completed')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_published_initiatives_novelty_known",
                table: "published_initiatives",
                sql: "\"novelty\" IN ('NotStated', 'New', 'AlreadyPlanned')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_published_initiatives_pillar_known",
                table: "published_initiatives",
                sql: "\"pillar\" IN ('LegalMigration', 'MigrationAndDevelopment', 'IllegalMigration', 'InternationalProtectionAndAsylum')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_published_initiatives_status_known",
                table: "published_initiatives",
                sql: "\"status\" IN ('Proposed', 'Planned', 'Ongoing', 'Completed', 'Cancelled')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_progress_updates_rating_known",
                table: "progress_updates",
                sql: "\"rating\" IN ('OnTrack', 'AtRisk', 'Delayed', 'Completed')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_partnerships_kind_known",
                table: "partnerships",
                sql: "\"kind\" IN ('MobilityPartnership', 'CommonAgendaOnMigrationAndMobility', 'TalentPartnership', 'BilateralMigrationPartnership', 'TeamEuropeInitiative', 'ActionPlan', 'ThematicProgrammePortfolio', 'RegionalProcess')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_partnerships_signed_on_precision_known",
                table: "partnerships",
                sql: "\"signed_on_precision\" IN ('Day', 'Month', 'Unknown')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_partnerships_status_known",
                table: "partnerships",
                sql: "\"status\" IN ('NeedsAssessment', 'ExploratoryTalks', 'Negotiation', 'InImplementation', 'Stalled', 'Suspended', 'Concluded')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_partnership_status_changes_precision_known",
                table: "partnership_status_changes",
                sql: "\"precision\" IN ('Day', 'Month', 'Unknown')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_partnership_status_changes_status_known",
                table: "partnership_status_changes",
                sql: "\"status\" IN ('NeedsAssessment', 'ExploratoryTalks', 'Negotiation', 'InImplementation', 'Stalled', 'Suspended', 'Concluded')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_partnership_participants_basis_known",
                table: "partnership_participants",
                sql: "\"basis\" IN ('OriginalSignatory', 'Accession', 'NonSignatory')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_partnership_participants_joined_on_precision",
                table: "partnership_participants",
                sql: "(joined_on_precision <> 'Month' OR date_part('day', joined_on) = 1) AND (joined_on IS NULL OR joined_on_precision <> 'Unknown')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_partnership_participants_joined_on_precision_known",
                table: "partnership_participants",
                sql: "\"joined_on_precision\" IN ('Day', 'Month', 'Unknown')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_partnership_monitoring_bodies_kind_known",
                table: "partnership_monitoring_bodies",
                sql: "\"kind\" IN ('CooperationPlatform', 'LocalMonitoringGroup', 'NationalMonitoringCommittee', 'TaskForce')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_partnership_figures_pillar_known",
                table: "partnership_figures",
                sql: "\"pillar\" IN ('LegalMigration', 'MigrationAndDevelopment', 'IllegalMigration', 'InternationalProtectionAndAsylum')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_organisations_kind_known",
                table: "organisations",
                sql: "\"kind\" IN ('MemberState', 'EuInstitution', 'EuAgency', 'ThirdCountry', 'InternationalOrganisation', 'NationalAgency', 'Ngo')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_meetings_kind_known",
                table: "meetings",
                sql: "\"kind\" IN ('TaskForce', 'CooperationPlatform', 'LocalMonitoringGroup', 'HighLevel')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_meeting_chairs_role_known",
                table: "meeting_chairs",
                sql: "\"role\" IN ('Commission', 'Presidency', 'PartnerCountry')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_mail_messages_kind_known",
                table: "mail_messages",
                sql: "\"kind\" IN ('Reminder', 'Digest', 'Invitation', 'PasswordReset')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_initiatives_novelty_known",
                table: "initiatives",
                sql: "\"novelty\" IN ('NotStated', 'New', 'AlreadyPlanned')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_initiatives_pillar_known",
                table: "initiatives",
                sql: "\"pillar\" IN ('LegalMigration', 'MigrationAndDevelopment', 'IllegalMigration', 'InternationalProtectionAndAsylum')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_initiatives_status_known",
                table: "initiatives",
                sql: "\"status\" IN ('Proposed', 'Planned', 'Ongoing', 'Completed', 'Cancelled')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_initiative_partners_role_known",
                table: "initiative_partners",
                sql: "\"role\" IN ('Participating', 'Implementing')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_history_entries_action_known",
                table: "history_entries",
                sql: "\"action\" IN ('Added', 'Changed', 'Removed')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_funding_lines_source_kind_known",
                table: "funding_lines",
                sql: "\"source_kind\" IN ('EuProgramme', 'OwnFunds')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_commitments_pillar_known",
                table: "commitments",
                sql: "\"pillar\" IN ('LegalMigration', 'MigrationAndDevelopment', 'IllegalMigration', 'InternationalProtectionAndAsylum')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_commitments_side_known",
                table: "commitments",
                sql: "\"side\" IN ('PartnerCountry', 'EuAndMemberStates')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_agenda_items_status_known",
                table: "agenda_items",
                sql: "\"status\" IN ('Proposed', 'Accepted', 'Declined')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_action_points_status_known",
                table: "action_points",
                sql: "\"status\" IN ('Open', 'Done', 'Dropped')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_accounts_role_known",
                table: "accounts",
                sql: "\"role\" IN ('Administrator', 'FocalPoint', 'MemberStateOfficial', 'PartnerCountryOfficial', 'TaskForceMember')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_access_tokens_scope_known",
                table: "access_tokens",
                sql: "\"scope\" IN ('Read', 'ReadWrite')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_thematic_areas_pillar_known",
                table: "thematic_areas");

            migrationBuilder.DropCheckConstraint(
                name: "ck_published_initiatives_last_rating_known",
                table: "published_initiatives");

            migrationBuilder.DropCheckConstraint(
                name: "ck_published_initiatives_novelty_known",
                table: "published_initiatives");

            migrationBuilder.DropCheckConstraint(
                name: "ck_published_initiatives_pillar_known",
                table: "published_initiatives");

            migrationBuilder.DropCheckConstraint(
                name: "ck_published_initiatives_status_known",
                table: "published_initiatives");

            migrationBuilder.DropCheckConstraint(
                name: "ck_progress_updates_rating_known",
                table: "progress_updates");

            migrationBuilder.DropCheckConstraint(
                name: "ck_partnerships_kind_known",
                table: "partnerships");

            migrationBuilder.DropCheckConstraint(
                name: "ck_partnerships_signed_on_precision_known",
                table: "partnerships");

            migrationBuilder.DropCheckConstraint(
                name: "ck_partnerships_status_known",
                table: "partnerships");

            migrationBuilder.DropCheckConstraint(
                name: "ck_partnership_status_changes_precision_known",
                table: "partnership_status_changes");

            migrationBuilder.DropCheckConstraint(
                name: "ck_partnership_status_changes_status_known",
                table: "partnership_status_changes");

            migrationBuilder.DropCheckConstraint(
                name: "ck_partnership_participants_basis_known",
                table: "partnership_participants");

            migrationBuilder.DropCheckConstraint(
                name: "ck_partnership_participants_joined_on_precision",
                table: "partnership_participants");

            migrationBuilder.DropCheckConstraint(
                name: "ck_partnership_participants_joined_on_precision_known",
                table: "partnership_participants");

            migrationBuilder.DropCheckConstraint(
                name: "ck_partnership_monitoring_bodies_kind_known",
                table: "partnership_monitoring_bodies");

            migrationBuilder.DropCheckConstraint(
                name: "ck_partnership_figures_pillar_known",
                table: "partnership_figures");

            migrationBuilder.DropCheckConstraint(
                name: "ck_organisations_kind_known",
                table: "organisations");

            migrationBuilder.DropCheckConstraint(
                name: "ck_meetings_kind_known",
                table: "meetings");

            migrationBuilder.DropCheckConstraint(
                name: "ck_meeting_chairs_role_known",
                table: "meeting_chairs");

            migrationBuilder.DropCheckConstraint(
                name: "ck_mail_messages_kind_known",
                table: "mail_messages");

            migrationBuilder.DropCheckConstraint(
                name: "ck_initiatives_novelty_known",
                table: "initiatives");

            migrationBuilder.DropCheckConstraint(
                name: "ck_initiatives_pillar_known",
                table: "initiatives");

            migrationBuilder.DropCheckConstraint(
                name: "ck_initiatives_status_known",
                table: "initiatives");

            migrationBuilder.DropCheckConstraint(
                name: "ck_initiative_partners_role_known",
                table: "initiative_partners");

            migrationBuilder.DropCheckConstraint(
                name: "ck_history_entries_action_known",
                table: "history_entries");

            migrationBuilder.DropCheckConstraint(
                name: "ck_funding_lines_source_kind_known",
                table: "funding_lines");

            migrationBuilder.DropCheckConstraint(
                name: "ck_commitments_pillar_known",
                table: "commitments");

            migrationBuilder.DropCheckConstraint(
                name: "ck_commitments_side_known",
                table: "commitments");

            migrationBuilder.DropCheckConstraint(
                name: "ck_agenda_items_status_known",
                table: "agenda_items");

            migrationBuilder.DropCheckConstraint(
                name: "ck_action_points_status_known",
                table: "action_points");

            migrationBuilder.DropCheckConstraint(
                name: "ck_accounts_role_known",
                table: "accounts");

            migrationBuilder.DropCheckConstraint(
                name: "ck_access_tokens_scope_known",
                table: "access_tokens");

            migrationBuilder.AddCheckConstraint(
                name: "ck_partnership_participants_joined_on_precision",
                table: "partnership_participants",
                sql: "joined_on_precision IN ('Day', 'Month', 'Unknown') AND (joined_on_precision <> 'Month' OR date_part('day', joined_on) = 1) AND (joined_on IS NULL OR joined_on_precision <> 'Unknown')");
        }
    }
}
