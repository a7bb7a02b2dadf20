using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <summary>
    /// The foreign keys to accounts were named after Identity's default table (asp_net_users), which the accounts table
    /// replaced before they were made; renamed in place (no constraint is dropped or checked again).
    /// </summary>
    public partial class ForeignKeysNameTheAccountsTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE action_points RENAME CONSTRAINT fk_action_points_asp_net_users_owner_account_id TO fk_action_points_accounts_owner_account_id;");
            migrationBuilder.Sql("ALTER TABLE agenda_items RENAME CONSTRAINT fk_agenda_items_asp_net_users_proposed_by_account_id TO fk_agenda_items_accounts_proposed_by_account_id;");
            migrationBuilder.Sql("ALTER TABLE initiative_comments RENAME CONSTRAINT fk_initiative_comments_asp_net_users_author_id TO fk_initiative_comments_accounts_author_id;");
            migrationBuilder.Sql("ALTER TABLE mail_messages RENAME CONSTRAINT fk_mail_messages_asp_net_users_account_id TO fk_mail_messages_accounts_account_id;");
            migrationBuilder.Sql("ALTER TABLE mail_opt_outs RENAME CONSTRAINT fk_mail_opt_outs_asp_net_users_account_id TO fk_mail_opt_outs_accounts_account_id;");
            migrationBuilder.Sql("ALTER TABLE minutes_comments RENAME CONSTRAINT fk_minutes_comments_asp_net_users_author_id TO fk_minutes_comments_accounts_author_id;");
            migrationBuilder.Sql("ALTER TABLE remembered_mappings RENAME CONSTRAINT fk_remembered_mappings_asp_net_users_account_id TO fk_remembered_mappings_accounts_account_id;");
            migrationBuilder.Sql("ALTER TABLE remembered_names RENAME CONSTRAINT fk_remembered_names_asp_net_users_account_id TO fk_remembered_names_accounts_account_id;");
            migrationBuilder.Sql("ALTER TABLE sessions RENAME CONSTRAINT fk_sessions_asp_net_users_account_id TO fk_sessions_accounts_account_id;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE action_points RENAME CONSTRAINT fk_action_points_accounts_owner_account_id TO fk_action_points_asp_net_users_owner_account_id;");
            migrationBuilder.Sql("ALTER TABLE agenda_items RENAME CONSTRAINT fk_agenda_items_accounts_proposed_by_account_id TO fk_agenda_items_asp_net_users_proposed_by_account_id;");
            migrationBuilder.Sql("ALTER TABLE initiative_comments RENAME CONSTRAINT fk_initiative_comments_accounts_author_id TO fk_initiative_comments_asp_net_users_author_id;");
            migrationBuilder.Sql("ALTER TABLE mail_messages RENAME CONSTRAINT fk_mail_messages_accounts_account_id TO fk_mail_messages_asp_net_users_account_id;");
            migrationBuilder.Sql("ALTER TABLE mail_opt_outs RENAME CONSTRAINT fk_mail_opt_outs_accounts_account_id TO fk_mail_opt_outs_asp_net_users_account_id;");
            migrationBuilder.Sql("ALTER TABLE minutes_comments RENAME CONSTRAINT fk_minutes_comments_accounts_author_id TO fk_minutes_comments_asp_net_users_author_id;");
            migrationBuilder.Sql("ALTER TABLE remembered_mappings RENAME CONSTRAINT fk_remembered_mappings_accounts_account_id TO fk_remembered_mappings_asp_net_users_account_id;");
            migrationBuilder.Sql("ALTER TABLE remembered_names RENAME CONSTRAINT fk_remembered_names_accounts_account_id TO fk_remembered_names_asp_net_users_account_id;");
            migrationBuilder.Sql("ALTER TABLE sessions RENAME CONSTRAINT fk_sessions_accounts_account_id TO fk_sessions_asp_net_users_account_id;");
        }
    }
}
