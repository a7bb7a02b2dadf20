using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AgendaItemProposerAccount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "proposed_by_account_id",
                table: "agenda_items",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_agenda_items_proposed_by_account_id",
                table: "agenda_items",
                column: "proposed_by_account_id");

            migrationBuilder.AddForeignKey(
                name: "fk_agenda_items_asp_net_users_proposed_by_account_id",
                table: "agenda_items",
                column: "proposed_by_account_id",
                principalTable: "accounts",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            // Items proposed before: the proposer's account where exactly one account bears the name shown; otherwise it stays unknown.
            migrationBuilder.Sql("""
                UPDATE agenda_items AS item
                SET proposed_by_account_id = (SELECT account.id FROM accounts AS account WHERE account.display_name = item.proposed_by)
                WHERE (SELECT count(*) FROM accounts AS account WHERE account.display_name = item.proposed_by) = 1;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_agenda_items_asp_net_users_proposed_by_account_id",
                table: "agenda_items");

            migrationBuilder.DropIndex(
                name: "ix_agenda_items_proposed_by_account_id",
                table: "agenda_items");

            migrationBuilder.DropColumn(
                name: "proposed_by_account_id",
                table: "agenda_items");
        }
    }
}
