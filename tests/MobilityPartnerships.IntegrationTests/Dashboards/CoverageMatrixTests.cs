using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Features.Dashboards.Coverage;
using MobilityPartnerships.Web.Features.Dashboards.PartnershipFigures;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.IntegrationTests.Dashboards;

/// <summary>The coverage matrix places every initiative once per thematic area, reproduces Annex I of SEC(2009) 1240 from the demo data, and shows only what its reader reads.</summary>
public sealed class CoverageMatrixTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private const string Moldova = "Mobility Partnership with the Republic of Moldova";
    private const string CapeVerde = "Mobility Partnership with the Republic of Cape Verde";
    private const string Georgia = "Mobility Partnership with Georgia";

    /// <summary>
    /// Annex I, "Relevance of current mobility partnerships as regards the objectives of the Global Approach", of the
    /// Commission staff working document SEC(2009) 1240 (/work/shared/seeds/000_e7818766320984a8.txt), each entry under
    /// the demo data's name of its thematic area. Moldova's "dialogue and cooperation on visa issues and readmission"
    /// stands in both the legal and the illegal migration rows: visas there, readmission here; its "cooperation in
    /// border management, identity and travel documents, fight against illegal/irregular migration and trafficking"
    /// is one entry, the cooperation on border management.
    /// </summary>
    private static readonly Dictionary<string, Dictionary<Pillar, string[]>> AnnexI = new()
    {
        [CapeVerde] = new()
        {
            [Pillar.LegalMigration] =
            [
                "Monitoring and awareness of migration flows", "Support to asylum and migration policies", "Information on legal migration and return",
                "Labour migration schemes", "Labour market development", "University exchanges", "Visa facilitation and common visa application centre",
            ],
            [Pillar.MigrationAndDevelopment] =
            [
                "Circular migration of highly skilled migrants", "Diaspora and co-development", "Health system support", "Voluntary return and reintegration schemes",
            ],
            [Pillar.IllegalMigration] =
            [
                "Cooperation on border management", "Patrolling and sea rescue", "Security of travel and identity documents", "Readmission",
                "Fight against smuggling of migrants and trafficking in human beings",
            ],
            [Pillar.InternationalProtectionAndAsylum] = [],
        },
        [Moldova] = new()
        {
            [Pillar.LegalMigration] =
            [
                "Monitoring and awareness of migration flows", "National migration management system (legal migration and asylum)", "Information on legal migration and return",
                "Labour migration schemes", "Social protection of migrants and their families", "Labour market development", "Visa and readmission dialogue",
            ],
            [Pillar.MigrationAndDevelopment] = ["Diaspora and co-development", "Voluntary return and reintegration schemes"],
            [Pillar.IllegalMigration] =
            [
                "Cooperation on border management", "National migration management system (border control and document security)", "Readmission",
            ],
            [Pillar.InternationalProtectionAndAsylum] = [],
        },
    };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_matrix_counts_each_initiative_once_per_thematic_area_and_once_under_its_pillar()
    {
        var matrix = await fixture.Get<GetCoverageMatrix>().ExecuteAsync([], withTitles: true, Token);
        await using var db = await fixture.CreateContextAsync();
        Assert.Equal(await db.Partnerships.CountAsync(Token), matrix.Columns.Count);
        foreach (var column in matrix.Columns)
        {
            var initiatives = await db.Initiatives.Where(i => i.PartnershipId == column.PartnershipId && !i.IsArchived)
                .Select(i => new { i.Title, i.Pillar, Areas = i.ThematicAreas.Select(a => a.ThematicAreaId).ToList() })
                .ToListAsync(Token);
            var cells = matrix.Rows.Select(r => (Row: r, Cell: r.Cells.Single(c => c.PartnershipId == column.PartnershipId))).ToList();

            Assert.Equal(initiatives.Count, cells.Where(x => x.Row.IsPillar).Sum(x => x.Cell.Count));
            Assert.Equal(initiatives.Sum(i => Math.Max(i.Areas.Count, 1)), cells.Where(x => !x.Row.IsPillar).Sum(x => x.Cell.Count));
            foreach (var initiative in initiatives)
            {
                foreach (var area in initiative.Areas)
                {
                    Assert.Contains(initiative.Title, cells.Single(x => x.Row.ThematicAreaId == area).Cell.Titles);
                }

                Assert.Contains(initiative.Title, cells.Single(x => x.Row.IsPillar && x.Row.Pillar == initiative.Pillar).Cell.Titles);
            }

            foreach (var (row, cell) in cells)
            {
                Assert.Equal(cell.Count, cell.Titles.Count);
            }
        }
    }

    [Fact]
    public async Task Cape_verde_and_moldova_cells_match_annex_i_of_the_2009_working_document()
    {
        await using var db = await fixture.CreateContextAsync();
        var ids = await db.Partnerships.Where(p => p.Name == Moldova || p.Name == CapeVerde).Select(p => p.Id).ToListAsync(Token);
        var matrix = await fixture.Get<GetCoverageMatrix>().ExecuteAsync(ids, withTitles: false, Token);
        Assert.Equal([CapeVerde, Moldova], matrix.Columns.Select(c => c.Name).Order(StringComparer.Ordinal));
        foreach (var column in matrix.Columns)
        {
            foreach (var (pillar, expected) in AnnexI[column.Name])
            {
                var covered = matrix.Rows
                    .Where(r => r.Pillar == pillar && r.ThematicAreaId is not null && r.Cells.Single(c => c.PartnershipId == column.PartnershipId).Count > 0)
                    .Select(r => r.ThematicArea!)
                    .Order(StringComparer.Ordinal);
                Assert.Equal(expected.Order(StringComparer.Ordinal), covered);
            }
        }
    }

    [Fact]
    public async Task A_georgia_only_reader_has_no_moldova_column_and_no_moldova_dashboard()
    {
        await using var db = await fixture.CreateContextAsync();
        var georgia = await db.Partnerships.Where(p => p.Name == Georgia).Select(p => p.Id).SingleAsync(Token);
        var moldova = await db.Partnerships.Where(p => p.Name == Moldova).Select(p => p.Id).SingleAsync(Token);
        var reader = await TestAccounts.CreateAsync(fixture, "Georgia-only reader", Role.TaskForceMember, null, georgia);
        await using var scope = fixture.As(reader);
        var services = scope.ServiceProvider;

        var matrix = await services.GetRequiredService<GetCoverageMatrix>().ExecuteAsync([], withTitles: true, Token);
        Assert.Equal([georgia], matrix.Columns.Select(c => c.PartnershipId));
        var asked = await services.GetRequiredService<GetCoverageMatrix>().ExecuteAsync([moldova, georgia], withTitles: false, Token);
        Assert.Equal([georgia], asked.Columns.Select(c => c.PartnershipId));
        Assert.True(matrix.Rows.Sum(r => r.Cells.Sum(c => c.Count)) > 0);

        Assert.Null(await services.GetRequiredService<GetPartnershipDashboard>().ExecuteAsync(moldova, Token));
        Assert.NotNull(await services.GetRequiredService<GetPartnershipDashboard>().ExecuteAsync(georgia, Token));
        Assert.IsNotType<AccessDecision.Allowed>(await services.GetRequiredService<AccessControl>().CheckPartnershipAsync(Operation.ReadPartnership, moldova, Token));
    }

    [Fact]
    public async Task An_archived_partnership_is_neither_a_column_nor_a_choice()
    {
        // Archived, a partnership leaves the list and My work; Coverage kept its column and counts.
        var partnership = Partnership.Open($"Archived partnership {Guid.NewGuid():N}", PartnershipKind.BilateralMigrationPartnership, null, PartnershipStatus.Negotiation);
        partnership.Archive();
        await using (var db = await fixture.CreateContextAsync())
        {
            db.Partnerships.Add(partnership);
            db.Initiatives.Add(Initiative.Propose(partnership, "Initiative of an archived partnership", Pillar.LegalMigration, InitiativeStatus.Completed));
            await db.SaveChangesAsync(Token);
        }

        var matrix = await fixture.Get<GetCoverageMatrix>().ExecuteAsync([], withTitles: false, Token);
        var asked = await fixture.Get<GetCoverageMatrix>().ExecuteAsync([partnership.Id], withTitles: false, Token);

        Assert.DoesNotContain(matrix.Columns, c => c.PartnershipId == partnership.Id);
        Assert.DoesNotContain(matrix.Choices, c => c.PartnershipId == partnership.Id);
        Assert.Contains(matrix.Columns, c => c.Name == Moldova);
        Assert.Empty(asked.Columns);
    }
}
