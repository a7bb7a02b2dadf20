using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilityPartnerships.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AllowancesSharedByInstances : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Allowances per minute shared by every instance (Security/SharedAllowances): unlogged, as a counter need not
            // survive a crash nor reach the standby; outside the EF model, as only that one statement reads and writes it.
            migrationBuilder.Sql("""
                CREATE UNLOGGED TABLE allowance_windows (
                    key text NOT NULL,
                    window_start timestamp with time zone NOT NULL,
                    used integer NOT NULL,
                    CONSTRAINT pk_allowance_windows PRIMARY KEY (key, window_start))
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE allowance_windows");
        }
    }
}
