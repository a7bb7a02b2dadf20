using Microsoft.EntityFrameworkCore;

namespace MobilityPartnerships.IntegrationTests.Data;

public sealed class MigrationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_leave_nothing_pending()
    {
        await using var db = await fixture.CreateContextAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes that no migration captures: add a migration.");
    }

    [Theory]
    [InlineData("partnerships")]
    [InlineData("partnership_participants")]
    [InlineData("initiatives")]
    [InlineData("funding_lines")]
    [InlineData("initiative_thematic_areas")]
    [InlineData("presidency_terms")]
    public async Task Tables_have_snake_case_names(string table)
    {
        var exists = await fixture.Database.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_name = $1)", table);

        Assert.True(exists, $"table {table} is missing");
    }

    [Fact]
    public async Task Money_is_stored_as_numeric_18_2()
    {
        var type = await fixture.Database.ScalarAsync<string>(
            "SELECT data_type || '(' || numeric_precision || ',' || numeric_scale || ')' FROM information_schema.columns WHERE table_name = 'funding_lines' AND column_name = 'total_budget'");

        Assert.Equal("numeric(18,2)", type);
    }
}
