using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ActionPointOwnerAccount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "owner_account_id",
                table: "action_points",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_action_points_owner_account_id_status",
                table: "action_points",
                columns: new[] { "owner_account_id", "status" });

            migrationBuilder.AddForeignKey(
                name: "fk_action_points_asp_net_users_owner_account_id",
                table: "action_points",
                column: "owner_account_id",
                principalTable: "accounts",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_action_points_asp_net_users_owner_account_id",
                table: "action_points");

            migrationBuilder.DropIndex(
                name: "ix_action_points_owner_account_id_status",
                table: "action_points");

            migrationBuilder.DropColumn(
                name: "owner_account_id",
                table: "action_points");
        }
    }
}
