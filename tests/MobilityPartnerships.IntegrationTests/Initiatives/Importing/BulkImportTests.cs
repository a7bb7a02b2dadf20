using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Search.Searching;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing;

/// <summary>
/// A large import goes through the write path's bulk branch (its new initiatives copied by binary COPY, a slice at a
/// time): it stores exactly what the row-by-row branch stores — initiatives, their partners, thematic areas and funding
/// lines, the history entries, the funding sums and the search documents — a failure in its last slice stores nothing,
/// and the change tracker never holds the whole batch.
/// </summary>
public sealed class BulkImportTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const int Rows = 150;

    // Prefixes of the two sheets' codes and titles, the same length so that the search documents' positions compare.
    private const string RowByRow = "QQA";
    private const string Bulk = "QQB";

    [Fact]
    public async Task A_large_batch_copied_in_bulk_stores_exactly_what_row_by_row_inserts_store()
    {
        var (partnershipId, names) = await PartnershipAsync();
        await using (var rowByRow = Services(copyAbove: int.MaxValue, slice: 1000))
        {
            Assert.Equal(new Imported(Rows, 0, 0), await ImportAsync(rowByRow, partnershipId, await SheetAsync(Rows, names, RowByRow)));
        }

        await using (var bulk = Services(copyAbove: 0, slice: 40))
        {
            Assert.Equal(new Imported(Rows, 0, 0), await ImportAsync(bulk, partnershipId, await SheetAsync(Rows, names, Bulk)));
        }

        await using var db = await fixture.CreateContextAsync();
        foreach (var (what, sql) in Stored)
        {
            var byRow = await RowsAsync(db, sql, RowByRow);
            var copied = await RowsAsync(db, sql, Bulk);
            Assert.True(byRow.Count > 0, $"No {what} stored row by row.");
            Assert.True(byRow.SequenceEqual(copied), $"The {what} differ: {string.Join(" / ", byRow.Except(copied).Take(2))} stored row by row, {string.Join(" / ", copied.Except(byRow).Take(2))} copied.");
        }

        // One import, one change set, as one save would be.
        Assert.Equal([1, 1], await db.Database.SqlQueryRaw<int>(
            """
            SELECT count(DISTINCT h.change_set_id)::int AS "Value" FROM history_entries h JOIN initiatives i ON h.aggregate_id = i.id::text
            WHERE left(i.reference_code, 3) IN ('QQA', 'QQB') GROUP BY left(i.reference_code, 3) ORDER BY 1
            """).ToListAsync(TestContext.Current.CancellationToken));

        var found = Assert.IsType<SearchOutcome.Found>(await fixture.Get<SearchEverything>().ExecuteAsync($"{Bulk}-00137", TestContext.Current.CancellationToken));
        Assert.Contains(found.Results.Initiatives.Items, hit => hit.ReferenceCode == $"{Bulk}-00137");
    }

    [Fact]
    public async Task A_database_failure_in_the_last_slice_of_a_bulk_copy_stores_nothing()
    {
        var (partnershipId, names) = await PartnershipAsync();
        await using var db = await fixture.CreateContextAsync();
        var historyBefore = await db.History.CountAsync(TestContext.Current.CancellationToken);

        // The database refuses one initiative of the last slice, after three slices were copied.
        await db.Database.ExecuteSqlRawAsync(
            """
            CREATE FUNCTION test_refuse_one_initiative() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.reference_code = 'QQF-00145' THEN RAISE EXCEPTION 'refused by the test'; END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER test_refuse_one_initiative BEFORE INSERT ON initiatives FOR EACH ROW EXECUTE FUNCTION test_refuse_one_initiative();
            """,
            TestContext.Current.CancellationToken);
        try
        {
            await using var bulk = Services(copyAbove: 0, slice: 40);
            Assert.IsType<WriteOutcome.Failed>(await ImportAsync(bulk, partnershipId, await SheetAsync(Rows, names, "QQF")));
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER test_refuse_one_initiative ON initiatives; DROP FUNCTION test_refuse_one_initiative();", TestContext.Current.CancellationToken);
        }

        Assert.Equal(0, await db.Initiatives.CountAsync(i => i.PartnershipId == partnershipId, TestContext.Current.CancellationToken));
        Assert.Equal(historyBefore, await db.History.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.Database.SqlQueryRaw<int>("""SELECT count(*)::int AS "Value" FROM funding_lines f WHERE NOT EXISTS (SELECT 1 FROM initiatives i WHERE i.id = f.initiative_id)""").SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.Database.SqlQueryRaw<int>("""SELECT count(*)::int AS "Value" FROM search_documents WHERE partnership_id = {0}""", partnershipId).SingleAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_bulk_import_never_tracks_as_many_records_at_once_as_it_has_rows()
    {
        const int rows = 240;
        var (partnershipId, names) = await PartnershipAsync();
        var watch = new TrackedRecords();
        await using var bulk = Services(copyAbove: 100, slice: 20, watch);

        Assert.Equal(new Imported(rows, 0, 0), await ImportAsync(bulk, partnershipId, await SheetAsync(rows, names, "QQT")));

        // Row by row, every initiative, its period, partners, areas and funding lines were tracked at once (over 1,000 records).
        Assert.InRange(watch.Peak, 1, rows - 1);
    }

    /// <summary>What each branch stored for its sheet, as text with the prefix and the generated keys left out.</summary>
    private static readonly (string What, string Sql)[] Stored =
    [
        ("initiatives", "SELECT (to_jsonb(i) - 'id')::text FROM initiatives i WHERE i.reference_code LIKE @p"),
        ("funding lines", "SELECT i.reference_code || (to_jsonb(f) - 'id' - 'initiative_id')::text FROM funding_lines f JOIN initiatives i ON i.id = f.initiative_id WHERE i.reference_code LIKE @p"),
        ("partners", "SELECT i.reference_code || (to_jsonb(x) - 'initiative_id')::text FROM initiative_partners x JOIN initiatives i ON i.id = x.initiative_id WHERE i.reference_code LIKE @p"),
        ("thematic areas", "SELECT i.reference_code || (to_jsonb(x) - 'initiative_id')::text FROM initiative_thematic_areas x JOIN initiatives i ON i.id = x.initiative_id WHERE i.reference_code LIKE @p"),
        ("funding sums", "SELECT i.reference_code || (to_jsonb(s) - 'initiative_id')::text FROM initiative_funding_sums s JOIN initiatives i ON i.id = s.initiative_id WHERE i.reference_code LIKE @p"),
        ("search documents", "SELECT (to_jsonb(d) - 'initiative_id')::text FROM search_documents d JOIN initiatives i ON i.id = d.initiative_id WHERE i.reference_code LIKE @p"),
        ("history entries", """
            SELECT concat_ws('|', i.reference_code, h.aggregate_type, h.record_type, CASE WHEN h.record_type = 'FundingLine' THEN 'a line' ELSE coalesce(h.record_id, '-') END,
                   h.action, h.field, h.old_value, h.new_value, h.value_type, h.old_name, h.new_name, h.record_name, h.record_kind, h.record_ordinal, h.user_name, h.via)
            FROM history_entries h JOIN initiatives i ON h.aggregate_id = i.id::text WHERE i.reference_code LIKE @p
            """),
    ];

    private static async Task<List<string>> RowsAsync(AppDbContext db, string sql, string prefix)
    {
        var query = """SELECT regexp_replace(t.v, {1}, 'QQ_', 'gi') AS "Value" FROM (""" + sql.Replace("@p", "{0}", StringComparison.Ordinal) + ") AS t(v)";
        var rows = await db.Database.SqlQueryRaw<string>(query, prefix + "-%", prefix).ToListAsync(TestContext.Current.CancellationToken);
        return [.. rows.Order(StringComparer.Ordinal)];
    }

    private ServiceProviderScope Services(int copyAbove, int slice, TrackedRecords? watch = null)
    {
        var services = AppServices.Build(
            fixture.Database.ConnectionString,
            replace: watch is null ? null : watch.Observe,
            settings: new Dictionary<string, string?>
            {
                ["Database:CopyNewAggregatesAbove"] = copyAbove.ToString(CultureInfo.InvariantCulture),
                ["Database:CopySlice"] = slice.ToString(CultureInfo.InvariantCulture),
            });
        services.GetRequiredService<CurrentUser>().ActAs(fixture.Administrator);
        return new ServiceProviderScope(services);
    }

    private static async Task<object> ImportAsync(ServiceProviderScope services, Guid partnershipId, byte[] sheet)
    {
        var request = Importing.Request(services.Provider, partnershipId, sheet, "batch.csv", new ImportSettings());
        var preview = await Importing.PreviewAsync(services.Provider, request);
        Assert.True(preview.CanConfirm, string.Join('\n', preview.Problems.Take(5)) + $" {preview.OpenQuestions} open questions");
        return Importing.Reported(await services.Provider.GetRequiredService<ImportInitiatives>().ConfirmAsync(request, preview.Fingerprint, CancellationToken.None), preview);
    }

    /// <summary>A sheet of new initiatives with partners of two roles, a thematic area, a period, funding and the rest.</summary>
    private async Task<byte[]> SheetAsync(int rows, Names names, string prefix)
    {
        await using var db = await fixture.CreateContextAsync();
        var areas = await db.ThematicAreas.AsNoTracking().GroupBy(a => a.Pillar).Select(g => new { Pillar = g.Key, Name = g.OrderBy(a => a.Name).Select(a => a.Name).First() })
            .ToDictionaryAsync(a => a.Pillar, a => a.Name, TestContext.Current.CancellationToken);
        (Pillar Pillar, string Text)[] pillars = [(Pillar.LegalMigration, "Legal migration"), (Pillar.MigrationAndDevelopment, "Migration and development"), (Pillar.IllegalMigration, "Illegal migration"), (Pillar.InternationalProtectionAndAsylum, "International protection and asylum")];
        var csv = new StringBuilder("Reference code;Title;Summary;Pillar;Thematic areas;Lead;Partners;Implementing partners;Implementation period;Budget/EC contribution;Funding programme;Status;New or already planned;Location\n");
        for (var i = 1; i <= rows; i++)
        {
            var (pillar, pillarText) = pillars[i % 4];
            csv.Append(CultureInfo.InvariantCulture, $"{prefix}-{i:00000};Initiative {i} of the batch {prefix};Training for {i % 7} agencies;{pillarText};{areas.GetValueOrDefault(pillar, string.Empty)};{names.Lead};{(i % 3 == 0 ? names.Partner : string.Empty)};{(i % 2 == 0 ? names.Implementer : string.Empty)};January 2020 – December {2021 + (i % 3)};€ 1.234.{i % 1000:000},89 / € 987.654,32;AENEAS 2005;{(i % 4 == 0 ? "Completed" : "Ongoing")};{(i % 2 == 0 ? "New" : "Already planned")};Chişinău\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private sealed record Names(string Lead, string Partner, string Implementer);

    private async Task<(Guid Id, Names Names)> PartnershipAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var lead = Organisation.Create($"Lead agency {suffix}", null, OrganisationKind.NationalAgency);
        var partner = Organisation.Create($"Partner ministry {suffix}", null, OrganisationKind.NationalAgency);
        var implementer = Organisation.Create($"Implementing body {suffix}", null, OrganisationKind.Ngo);
        var partnership = Partnership.Open($"Bulk partnership {suffix}", PartnershipKind.BilateralMigrationPartnership, null, PartnershipStatus.Negotiation);
        partnership.RecordSignature(new DateOnly(2010, 1, 15));
        partnership.RecordOriginalSignatory(lead);
        partnership.RecordOriginalSignatory(partner);
        await using var db = await fixture.CreateContextAsync();
        db.Organisations.AddRange(lead, partner, implementer);
        db.Partnerships.Add(partnership);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (partnership.Id, new Names(lead.Name, partner.Name, implementer.Name));
    }

    /// <summary>A service provider of its own (another configuration of the write path), disposed with the test.</summary>
    private sealed class ServiceProviderScope(ServiceProvider provider) : IAsyncDisposable
    {
        public IServiceProvider Provider => provider;

        public ValueTask DisposeAsync() => provider.DisposeAsync();
    }

    /// <summary>Counts the records each context tracks at once, through the change tracker's own events, and keeps the most.</summary>
    private sealed class TrackedRecords
    {
        private readonly Lock gate = new();
        private int peak;

        public int Peak
        {
            get
            {
                lock (gate)
                {
                    return peak;
                }
            }
        }

        /// <summary>Puts a watching factory in the place of the app's context factory.</summary>
        public void Observe(IServiceCollection services)
        {
            var original = services.Last(d => d.ServiceType == typeof(IDbContextFactory<AppDbContext>));
            services.Remove(original);
            services.Add(ServiceDescriptor.Describe(
                typeof(IDbContextFactory<AppDbContext>),
                provider => new Watching(
                    (IDbContextFactory<AppDbContext>)(original.ImplementationFactory?.Invoke(provider) ?? original.ImplementationInstance ?? ActivatorUtilities.CreateInstance(provider, original.ImplementationType!)),
                    this),
                original.Lifetime));
        }

        private AppDbContext Watch(AppDbContext db)
        {
            var live = 0;
            db.ChangeTracker.Tracked += (_, _) =>
            {
                lock (gate)
                {
                    peak = Math.Max(peak, ++live);
                }
            };
            db.ChangeTracker.StateChanged += (_, change) =>
            {
                if (change.NewState == EntityState.Detached)
                {
                    lock (gate)
                    {
                        live--;
                    }
                }
            };
            return db;
        }

        private sealed class Watching(IDbContextFactory<AppDbContext> inner, TrackedRecords records) : IDbContextFactory<AppDbContext>
        {
            public AppDbContext CreateDbContext() => records.Watch(inner.CreateDbContext());

            public async Task<AppDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) => records.Watch(await inner.CreateDbContextAsync(cancellationToken));
        }
    }
}
