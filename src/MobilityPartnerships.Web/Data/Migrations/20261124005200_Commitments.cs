using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Commitments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "commitment_id",
                table: "initiatives",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "commitments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    partnership_id = table.Column<Guid>(type: "uuid", nullable: false),
                    side = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    pillar = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    position = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commitments", x => x.id);
                    table.ForeignKey(
                        name: "fk_commitments_partnerships_partnership_id",
                        column: x => x.partnership_id,
                        principalTable: "partnerships",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_initiatives_commitment_id",
                table: "initiatives",
                column: "commitment_id");

            migrationBuilder.CreateIndex(
                name: "ix_commitments_partnership_id_side_pillar_position",
                table: "commitments",
                columns: new[] { "partnership_id", "side", "pillar", "position" });

            migrationBuilder.AddForeignKey(
                name: "fk_initiatives_commitments_commitment_id",
                table: "initiatives",
                column: "commitment_id",
                principalTable: "commitments",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_initiatives_commitments_commitment_id",
                table: "initiatives");

            migrationBuilder.DropTable(
                name: "commitments");

            migrationBuilder.DropIndex(
                name: "ix_initiatives_commitment_id",
                table: "initiatives");

            migrationBuilder.DropColumn(
                name: "commitment_id",
                table: "initiatives");
        }
    }
}
