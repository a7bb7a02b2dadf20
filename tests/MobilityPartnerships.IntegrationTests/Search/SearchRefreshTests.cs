using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.IntegrationTests.Search;

/// <summary>
/// The search documents of a transaction's initiatives are refreshed once, at its commit, not once per INSERT: EF Core
/// writes a row per statement, and an import of thousands of initiatives refreshed thousands of single documents.
/// </summary>
public sealed class SearchRefreshTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Initiatives_saved_row_by_row_are_noted_and_their_documents_written_once_at_commit()
    {
        var ct = TestContext.Current.CancellationToken;
        var country = Organisation.Create("Republic of Moldova (search refresh)", null, OrganisationKind.ThirdCountry, "XR");
        var partnership = Partnership.Open("Mobility Partnership (search refresh)", PartnershipKind.BilateralMigrationPartnership, country, PartnershipStatus.Negotiation);
        var initiatives = Enumerable.Range(1, 30)
            .Select(n => Initiative.Propose(partnership, $"Circular migration pilot number {n}", Pillar.LegalMigration, InitiativeStatus.Planned))
            .ToList();
        var ids = initiatives.Select(i => i.Id).ToArray();

        await using var db = await fixture.CreateContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Organisations.Add(country);
        db.Partnerships.Add(partnership);
        db.Initiatives.AddRange(initiatives);
        await db.SaveChangesAsync(ct);

        // Before the commit: every initiative noted, no document written yet.
        Assert.Equal(30, await db.Database.SqlQuery<int>($"SELECT count(DISTINCT initiative_id)::int AS \"Value\" FROM search_refresh_pending WHERE initiative_id = ANY ({ids})").SingleAsync(ct));
        Assert.Equal(0, await DocumentsAsync(db, ids, ct));

        await transaction.CommitAsync(ct);

        Assert.Equal(30, await DocumentsAsync(db, ids, ct));
        Assert.Equal(0, await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM search_refresh_pending WHERE initiative_id = ANY ({ids})").SingleAsync(ct));
    }

    [Fact]
    public async Task A_title_changed_without_an_explicit_transaction_is_found_under_its_new_words()
    {
        var ct = TestContext.Current.CancellationToken;
        var country = Organisation.Create("Republic of Moldova (search rename)", null, OrganisationKind.ThirdCountry, "XS");
        var partnership = Partnership.Open("Mobility Partnership (search rename)", PartnershipKind.BilateralMigrationPartnership, country, PartnershipStatus.Negotiation);
        var initiative = Initiative.Propose(partnership, "Diaspora mapping survey", Pillar.MigrationAndDevelopment, InitiativeStatus.Planned);
        await using (var db = await fixture.CreateContextAsync())
        {
            db.AddRange(country, partnership, initiative);
            await db.SaveChangesAsync(ct);
            await db.Database.ExecuteSqlAsync($"UPDATE initiatives SET title = 'Remittance corridor study' WHERE id = {initiative.Id}", ct);
        }

        await using var reader = await fixture.CreateContextAsync();
        Assert.Equal("remittance corridor study", await reader.Database.SqlQuery<string>($"SELECT title AS \"Value\" FROM search_documents WHERE initiative_id = {initiative.Id}").SingleAsync(ct));
    }

    private static Task<int> DocumentsAsync(DbContext db, Guid[] ids, CancellationToken ct) =>
        db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM search_documents WHERE initiative_id = ANY ({ids})").SingleAsync(ct);
}
