using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Writing;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests.Invariants;

/// <summary>
/// The domain's bounds on an initiative's partners, funding lines, contact points and indicators hold in the database
/// too (decision 0002, migration InitiativeChildCountsBounded): rows written by SQL up to a bound are taken, one more is
/// refused when its transaction commits, by the check named for that bound, and nothing of that transaction is stored.
/// The count is taken at commit, so replacing every row of an initiative at its bounds in one save still succeeds.
/// The bounds come from the domain's constants, so a bound moved in the domain and not in the database fails here.
/// </summary>
public sealed class CountsPerInitiativeTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Each table, the check that bounds it and the domain's bound.</summary>
    public static TheoryData<string, string, int> Bounds() => new()
    {
        { "initiative_partners", "ck_initiative_partners_per_initiative_in_range", Initiative.MaxPartners },
        { "funding_lines", "ck_funding_lines_per_initiative_in_range", Initiative.MaxFundingLines },
        { "initiative_contact_points", "ck_initiative_contact_points_per_initiative_in_range", Initiative.MaxContactPoints },
        { "initiative_indicators", "ck_initiative_indicators_per_initiative_in_range", Initiative.MaxIndicators },
    };

    [Theory]
    [MemberData(nameof(Bounds))]
    public async Task One_row_beyond_the_bound_is_refused_at_commit_by_its_check_and_nothing_is_stored(string table, string constraint, int most)
    {
        var scene = await Scene.StoreAsync(fixture);
        var organisations = await OrganisationsAsync((most + 2) / 2);
        await fixture.Database.ExecuteAsync($"DELETE FROM {table} WHERE initiative_id = $1", scene.InitiativeId);

        // Up to the bound, in one transaction: taken.
        await using (var connection = await OpenAsync())
        {
            await using var filling = await connection.BeginTransactionAsync(Token);
            await ExecuteAsync(connection, Rows(table, scene.InitiativeId, organisations, 1, most));
            await filling.CommitAsync(Token);
        }

        Assert.Equal(most, await CountAsync(table, scene.InitiativeId));

        // One more, beside a change to the initiative: the statement is taken, the commit is refused, and neither is stored.
        await using (var connection = await OpenAsync())
        {
            await using var beyond = await connection.BeginTransactionAsync(Token);
            await ExecuteAsync(connection, $"UPDATE initiatives SET title = 'Changed with a row too many' WHERE id = '{scene.InitiativeId}'");
            await ExecuteAsync(connection, Rows(table, scene.InitiativeId, organisations, most + 1, most + 1));

            var refusal = await Assert.ThrowsAsync<PostgresException>(() => beyond.CommitAsync(Token));

            Assert.Equal(PostgresErrorCodes.CheckViolation, refusal.SqlState);
            Assert.Equal(constraint, refusal.ConstraintName);
            Assert.Equal(table, refusal.TableName);
        }

        Assert.Equal(most, await CountAsync(table, scene.InitiativeId));
        Assert.Equal("Labour migration pilot", await fixture.Database.ScalarAsync<string>("SELECT title FROM initiatives WHERE id = $1", scene.InitiativeId));
    }

    [Theory]
    [MemberData(nameof(Bounds))]
    public async Task Every_row_replaced_new_ones_first_in_one_transaction_is_taken(string table, string constraint, int most)
    {
        _ = constraint;
        var scene = await Scene.StoreAsync(fixture);
        var organisations = await OrganisationsAsync(most);
        await fixture.Database.ExecuteAsync($"DELETE FROM {table} WHERE initiative_id = $1", scene.InitiativeId);
        await fixture.Database.ExecuteAsync(Rows(table, scene.InitiativeId, organisations, 1, most));

        // Twice the bound between the two statements: the count is taken at commit, not after each row.
        await using (var connection = await OpenAsync())
        {
            await using var replacing = await connection.BeginTransactionAsync(Token);
            await ExecuteAsync(connection, Rows(table, scene.InitiativeId, organisations, most + 1, 2 * most));
            await ExecuteAsync(connection, $"DELETE FROM {table} WHERE initiative_id = '{scene.InitiativeId}' AND {FirstRows(table, organisations, most)}");
            await replacing.CommitAsync(Token);
        }

        Assert.Equal(most, await CountAsync(table, scene.InitiativeId));
    }

    [Fact]
    public async Task A_funding_line_moved_onto_an_initiative_at_its_bound_is_refused()
    {
        var full = await Scene.StoreAsync(fixture);
        var other = await Scene.StoreAsync(fixture);
        await fixture.Database.ExecuteAsync(Rows("funding_lines", full.InitiativeId, [], 2, Initiative.MaxFundingLines));

        var refusal = await Assert.ThrowsAsync<PostgresException>(() => fixture.Database.ExecuteAsync(
            "UPDATE funding_lines SET initiative_id = $1 WHERE id = $2", full.InitiativeId, other.FundingLineId));

        Assert.Equal("ck_funding_lines_per_initiative_in_range", refusal.ConstraintName);
        Assert.Equal(other.InitiativeId, await fixture.Database.ScalarAsync<Guid>("SELECT initiative_id FROM funding_lines WHERE id = $1", other.FundingLineId));
    }

    [Fact]
    public async Task Replacing_every_partner_line_contact_and_indicator_at_the_bounds_in_one_save_succeeds()
    {
        var scene = await Scene.StoreAsync(fixture);
        var before = await OrganisationsAsync(Initiative.MaxPartners / 2);
        var after = await OrganisationsAsync(Initiative.MaxPartners / 2);
        var oldLines = await StoreAtTheBoundsAsync(scene, before);

        var outcome = await fixture.Get<Writes>().RunAsync(
            new Write<Initiative>
            {
                What = "replace an initiative's lists",
                Access = (access, ct) => access.CheckInitiativeAsync(Operation.EditInitiative, scene.InitiativeId, ct),
                Load = (db, ct) => db.Initiatives.Include(i => i.FundingLines).Include(i => i.Indicators).AsSplitQuery().SingleOrDefaultAsync(i => i.Id == scene.InitiativeId, ct),
                Apply = (change, _) =>
                {
                    var initiative = change.Target;
                    foreach (var line in initiative.FundingLines.Select(f => f.Id).ToList())
                    {
                        initiative.RemoveFundingLine(line);
                    }

                    foreach (var line in NewLines(Initiative.MaxFundingLines))
                    {
                        initiative.AddFundingLine(line);
                    }

                    initiative.ReplacePartners(Partners(after));
                    initiative.ReplaceContactPoints(Enumerable.Range(1, Initiative.MaxContactPoints).Select(n => ContactPoint.Create($"Other contact {n}", null, null, null, null)));
                    initiative.ReplaceIndicators(Enumerable.Range(1, Initiative.MaxIndicators).Select(n => Indicator.Create($"Other indicator {n}", null)), []);
                    return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
                },
            },
            Token);

        Assert.IsType<WriteOutcome.Done>(outcome);
        Assert.Equal(Initiative.MaxFundingLines, await CountAsync("funding_lines", scene.InitiativeId));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM funding_lines WHERE id = ANY($1)", oldLines));
        Assert.Equal(Initiative.MaxPartners, await CountAsync("initiative_partners", scene.InitiativeId));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM initiative_partners WHERE initiative_id = $1 AND organisation_id = ANY($2)", scene.InitiativeId, before));
        Assert.Equal(Initiative.MaxContactPoints, await CountAsync("initiative_contact_points", scene.InitiativeId));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM initiative_contact_points WHERE initiative_id = $1 AND name NOT LIKE 'Other contact %'", scene.InitiativeId));
        Assert.Equal(Initiative.MaxIndicators, await CountAsync("initiative_indicators", scene.InitiativeId));
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM initiative_indicators WHERE initiative_id = $1 AND name NOT LIKE 'Other indicator %'", scene.InitiativeId));
    }

    [Fact]
    public async Task A_write_that_stores_a_row_too_many_around_the_domain_is_a_failed_write_and_nothing_is_stored()
    {
        var scene = await Scene.StoreAsync(fixture);
        await fixture.Database.ExecuteAsync(Rows("funding_lines", scene.InitiativeId, [], 2, Initiative.MaxFundingLines));

        // A code path that writes around the domain: the database refuses it at commit, which the write path tells as any
        // refused commit (a reference number, the log), never as a stack trace, and rolls back.
        var outcome = await fixture.Get<Writes>().RunAsync(
            new Write<Initiative>
            {
                What = "add a funding line around the domain",
                Access = (access, ct) => access.CheckInitiativeAsync(Operation.EditInitiative, scene.InitiativeId, ct),
                Load = (db, ct) => db.Initiatives.SingleOrDefaultAsync(i => i.Id == scene.InitiativeId, ct),
                Apply = async (change, ct) =>
                {
                    change.Target.Describe("Renamed beside a line too many", change.Target.Summary, change.Target.ReferenceCode);
                    await change.Db.Database.ExecuteSqlRawAsync(Rows("funding_lines", scene.InitiativeId, [], Initiative.MaxFundingLines + 1, Initiative.MaxFundingLines + 1), ct);
                    return new WriteOutcome.Done();
                },
            },
            Token);

        var failed = Assert.IsType<WriteOutcome.Failed>(outcome);
        Assert.False(failed.Unconfirmed, "the database answered that it did not commit");
        Assert.Equal("Editing_SaveFailed", failed.TextKey);
        Assert.Equal(Initiative.MaxFundingLines, await CountAsync("funding_lines", scene.InitiativeId));
        Assert.Equal("Labour migration pilot", await fixture.Database.ScalarAsync<string>("SELECT title FROM initiatives WHERE id = $1", scene.InitiativeId));
    }

    /// <summary>Rows numbered <paramref name="from"/> to <paramref name="to"/> of the table for the initiative; a partner row takes organisation (n + 1) / 2, in either role.</summary>
    private static string Rows(string table, Guid initiativeId, IReadOnlyList<Guid> organisations, int from, int to)
    {
        var series = $"generate_series({from}, {to}) AS n";
        return table switch
        {
            "initiative_partners" => $"""
                INSERT INTO initiative_partners (initiative_id, organisation_id, role)
                SELECT '{initiativeId}', (ARRAY[{string.Join(", ", organisations.Select(o => $"'{o}'::uuid"))}])[(n + 1) / 2],
                       CASE n % 2 WHEN 1 THEN 'Participating' ELSE 'Implementing' END
                FROM {series}
                """,
            "funding_lines" => $"INSERT INTO funding_lines (id, initiative_id, source_kind, programme) SELECT gen_random_uuid(), '{initiativeId}', 'EuProgramme', 'Line ' || n FROM {series}",
            "initiative_contact_points" => $"INSERT INTO initiative_contact_points (initiative_id, name) SELECT '{initiativeId}', 'Contact ' || n FROM {series}",
            "initiative_indicators" => $"INSERT INTO initiative_indicators (id, initiative_id, name) SELECT gen_random_uuid(), '{initiativeId}', 'Indicator ' || n FROM {series}",
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
        };
    }

    /// <summary>The condition that picks the rows numbered 1 to <paramref name="last"/> that <see cref="Rows"/> wrote.</summary>
    private static string FirstRows(string table, IReadOnlyList<Guid> organisations, int last) => table switch
    {
        "initiative_partners" => $"organisation_id IN ({string.Join(", ", organisations.Take((last + 1) / 2).Select(o => $"'{o}'"))})",
        "funding_lines" => $"programme IN (SELECT 'Line ' || n FROM generate_series(1, {last}) AS n)",
        _ => $"name IN (SELECT '{(table == "initiative_indicators" ? "Indicator" : "Contact")} ' || n FROM generate_series(1, {last}) AS n)",
    };

    /// <summary>The initiative with every list at its bound, stored through the domain; the ids of its funding lines.</summary>
    private async Task<Guid[]> StoreAtTheBoundsAsync(Scene scene, IReadOnlyList<Guid> organisations)
    {
        await using var db = await fixture.CreateContextAsync();
        var initiative = await db.Initiatives.Include(i => i.FundingLines).Include(i => i.Indicators).AsSplitQuery().SingleAsync(i => i.Id == scene.InitiativeId, Token);
        foreach (var line in NewLines(Initiative.MaxFundingLines - initiative.FundingLines.Count))
        {
            initiative.AddFundingLine(line);
        }

        initiative.ReplacePartners(Partners(organisations));
        initiative.ReplaceContactPoints(Enumerable.Range(1, Initiative.MaxContactPoints).Select(n => ContactPoint.Create($"Contact {n}", null, null, null, null)));
        initiative.ReplaceIndicators(Enumerable.Range(1, Initiative.MaxIndicators).Select(n => Indicator.Create($"Indicator {n}", null)), []);
        await db.SaveChangesAsync(Token);
        Assert.Equal(Initiative.MaxPartners, await CountAsync("initiative_partners", scene.InitiativeId));
        return [.. initiative.FundingLines.Select(f => f.Id)];
    }

    private static IEnumerable<FundingLine> NewLines(int count) =>
        Enumerable.Range(1, count).Select(n => FundingLine.Create(FundingSourceKind.EuProgramme, $"Programme {n}", null, 100m, 50m));

    /// <summary>Each organisation in both roles.</summary>
    private static IEnumerable<(Guid, PartnerRole)> Partners(IEnumerable<Guid> organisations) =>
        organisations.SelectMany(o => new[] { (o, PartnerRole.Participating), (o, PartnerRole.Implementing) });

    private async Task<Guid[]> OrganisationsAsync(int count)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var organisations = Enumerable.Range(1, count).Select(n => Organisation.Create($"Partner {n} {suffix}", null, OrganisationKind.NationalAgency)).ToList();
        await using var db = await fixture.CreateContextAsync();
        db.Organisations.AddRange(organisations);
        await db.SaveChangesAsync(Token);
        return [.. organisations.Select(o => o.Id)];
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(fixture.Database.ConnectionString);
        await connection.OpenAsync(Token);
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Token);
    }

    private Task<long> CountAsync(string table, Guid initiativeId) =>
        fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM {table} WHERE initiative_id = $1", initiativeId);
}
