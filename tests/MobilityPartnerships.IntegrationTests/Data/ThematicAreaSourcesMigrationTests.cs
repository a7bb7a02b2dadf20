using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MobilityPartnerships.TestSupport;
using MobilityPartnerships.Web.Data;

namespace MobilityPartnerships.IntegrationTests.Data;

/// <summary>
/// The reference thematic areas named their source by the seed document's number, "000 Annex I"; thematic-areas.csv
/// now reads "SEC(2009) 1240, Annex I". ReferenceDataLoader leaves the areas it loaded before as they are, so the
/// migration ThematicAreaSourcesInFull rewrites them in a database that loaded the old file: that exact value only.
/// </summary>
public sealed class ThematicAreaSourcesMigrationTests
{
    private const string Migration = "ThematicAreaSourcesInFull";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Areas_loaded_from_the_old_file_read_the_full_reference_and_no_other_source_changes()
    {
        await using var database = await TestDatabase.CreateAsync(nameof(ThematicAreaSourcesMigrationTests));
        await using var services = AppServices.Build(database.ConnectionString);
        await using (var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Ct))
        {
            var migrations = db.Database.GetMigrations().ToList();
            await db.GetService<IMigrator>().MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith(Migration, StringComparison.Ordinal)) - 1], Ct);
        }

        // The reference areas as the old file loaded them, and two an administrator added.
        var reference = await EmbeddedFile.ReadCsvAsync("thematic-areas.csv", Ct);
        foreach (var row in reference)
        {
            await database.ExecuteAsync(
                "INSERT INTO thematic_areas (id, pillar, name, source, french_name) VALUES (gen_random_uuid(), $1, $2, '000 Annex I', $3)",
                row["pillar"], row["name"], row["name_fr"]);
        }

        await database.ExecuteAsync("INSERT INTO thematic_areas (id, pillar, name, source) VALUES (gen_random_uuid(), 'LegalMigration', 'Added with a longer source', '000 Annex I, as revised')");
        await database.ExecuteAsync("INSERT INTO thematic_areas (id, pillar, name, source) VALUES (gen_random_uuid(), 'LegalMigration', 'Added without a source', NULL)");

        // The upgraded app starts: it migrates and loads the reference data again.
        await services.GetServices<IHostedService>().OfType<DatabasePreparation>().Single().StartAsync(Ct);

        Assert.Equal(reference.Count, await database.ScalarAsync<long>("SELECT count(*) FROM thematic_areas WHERE source = 'SEC(2009) 1240, Annex I'"));
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM thematic_areas WHERE source = '000 Annex I'"));
        Assert.Equal("000 Annex I, as revised", await database.ScalarAsync<string>("SELECT source FROM thematic_areas WHERE name = 'Added with a longer source'"));
        Assert.Null(await database.ScalarAsync<string>("SELECT source FROM thematic_areas WHERE name = 'Added without a source'"));
        Assert.Equal(reference.Count + 2L, await database.ScalarAsync<long>("SELECT count(*) FROM thematic_areas"));
    }
}
