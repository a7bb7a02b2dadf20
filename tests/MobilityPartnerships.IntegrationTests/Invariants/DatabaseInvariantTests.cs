using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests.Invariants;

/// <summary>
/// The rules the domain enforces hold in the database too: a write that goes around the domain, through
/// SQL or through EF Core's change tracker, is refused and leaves the stored data as it was.
/// </summary>
public sealed class DatabaseInvariantTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Eu_contribution_above_the_total_is_refused_in_SQL()
    {
        var scene = await ArrangeAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() => fixture.Database.ExecuteAsync(
            "UPDATE funding_lines SET eu_contribution = total_budget + 0.01 WHERE id = $1", scene.FundingLineId));

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
        Assert.Equal("ck_funding_lines_eu_contribution_within_total", error.ConstraintName);
        Assert.Equal(800m, await fixture.Database.ScalarAsync<decimal>("SELECT eu_contribution FROM funding_lines WHERE id = $1", scene.FundingLineId));
    }

    [Fact]
    public async Task Eu_contribution_above_the_total_is_refused_through_EF_Core()
    {
        var scene = await ArrangeAsync();
        await using var db = await fixture.CreateContextAsync();
        var line = await db.FundingLines.SingleAsync(f => f.Id == scene.FundingLineId, TestContext.Current.CancellationToken);

        db.Entry(line).Property(f => f.EuContribution).CurrentValue = 5000m;
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));

        Assert.Equal("ck_funding_lines_eu_contribution_within_total", Assert.IsType<PostgresException>(error.InnerException).ConstraintName);
        Assert.Equal(800m, await fixture.Database.ScalarAsync<decimal>("SELECT eu_contribution FROM funding_lines WHERE id = $1", scene.FundingLineId));
    }

    [Theory]
    [InlineData("UPDATE partnership_participants SET joined_on_precision = 'Month' WHERE partnership_id = $1")]
    [InlineData("UPDATE partnership_participants SET joined_on_precision = 'Unknown' WHERE partnership_id = $1")]
    public async Task A_joining_whose_precision_does_not_fit_its_date_is_refused_in_SQL(string sql)
    {
        // The scene's signatory joined on 15 January 2010, known to the day.
        var scene = await ArrangeAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() => fixture.Database.ExecuteAsync(sql, scene.PartnershipId));

        Assert.Equal("ck_partnership_participants_joined_on_precision", error.ConstraintName);
        Assert.Equal("Day", await fixture.Database.ScalarAsync<string>("SELECT joined_on_precision FROM partnership_participants WHERE partnership_id = $1 LIMIT 1", scene.PartnershipId));
    }

    [Fact]
    public async Task End_before_start_is_refused_in_SQL()
    {
        var scene = await ArrangeAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() => fixture.Database.ExecuteAsync(
            "UPDATE initiatives SET period_end_month = period_start_month - interval '1 month' WHERE id = $1", scene.InitiativeId));

        Assert.Equal("ck_initiatives_period_end_after_start", error.ConstraintName);
        Assert.Equal(new DateOnly(2011, 6, 1), await fixture.Database.ScalarAsync<DateOnly>("SELECT period_end_month FROM initiatives WHERE id = $1", scene.InitiativeId));
    }

    [Fact]
    public async Task Lead_partner_who_does_not_take_part_is_refused_in_SQL()
    {
        var scene = await ArrangeAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() => fixture.Database.ExecuteAsync(
            "UPDATE initiatives SET lead_organisation_id = $1 WHERE id = $2", scene.OutsiderId, scene.InitiativeId));

        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, error.SqlState);
        Assert.Equal("fk_initiatives_lead_is_participant", error.ConstraintName);
        Assert.Equal(scene.CommissionId, await fixture.Database.ScalarAsync<Guid>("SELECT lead_organisation_id FROM initiatives WHERE id = $1", scene.InitiativeId));
    }

    [Fact]
    public async Task Lead_partner_who_does_not_take_part_is_refused_through_EF_Core()
    {
        var scene = await ArrangeAsync();
        await using var db = await fixture.CreateContextAsync();
        var initiative = await db.Initiatives.SingleAsync(i => i.Id == scene.InitiativeId, TestContext.Current.CancellationToken);

        db.Entry(initiative).Property(i => i.LeadOrganisationId).CurrentValue = scene.OutsiderId;
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));

        Assert.Equal("fk_initiatives_lead_is_participant", Assert.IsType<PostgresException>(error.InnerException).ConstraintName);
        Assert.Equal(scene.CommissionId, await fixture.Database.ScalarAsync<Guid>("SELECT lead_organisation_id FROM initiatives WHERE id = $1", scene.InitiativeId));
    }

    [Fact]
    public async Task Accession_before_the_signature_is_refused_in_SQL()
    {
        var scene = await ArrangeAsync();
        var participants = await CountParticipantsAsync(scene.PartnershipId);

        var error = await Assert.ThrowsAsync<PostgresException>(() => fixture.Database.ExecuteAsync(
            "INSERT INTO partnership_participants (id, partnership_id, organisation_id, basis, joined_on) VALUES ($1, $2, $3, 'Accession', $4)",
            Guid.NewGuid(), scene.PartnershipId, scene.OutsiderId, Scene.Signature.AddDays(-1)));

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
        Assert.Equal("ck_accession_after_signature", error.ConstraintName);
        Assert.Equal(participants, await CountParticipantsAsync(scene.PartnershipId));
    }

    [Fact]
    public async Task Moving_the_signature_after_an_accession_is_refused_in_SQL()
    {
        var scene = await ArrangeAsync();
        await fixture.Database.ExecuteAsync(
            "INSERT INTO partnership_participants (id, partnership_id, organisation_id, basis, joined_on) VALUES ($1, $2, $3, 'Accession', $4)",
            Guid.NewGuid(), scene.PartnershipId, scene.OutsiderId, Scene.Signature.AddMonths(3));

        var error = await Assert.ThrowsAsync<PostgresException>(() => fixture.Database.ExecuteAsync(
            "UPDATE partnerships SET signed_on = $1 WHERE id = $2", Scene.Signature.AddMonths(4), scene.PartnershipId));

        Assert.Equal("ck_accession_after_signature", error.ConstraintName);
        Assert.Equal(Scene.Signature, await fixture.Database.ScalarAsync<DateOnly>("SELECT signed_on FROM partnerships WHERE id = $1", scene.PartnershipId));
    }

    [Fact]
    public async Task Duplicate_signatory_is_refused_in_SQL()
    {
        var scene = await ArrangeAsync();
        var participants = await CountParticipantsAsync(scene.PartnershipId);

        var error = await Assert.ThrowsAsync<PostgresException>(() => fixture.Database.ExecuteAsync(
            "INSERT INTO partnership_participants (id, partnership_id, organisation_id, basis, joined_on) VALUES ($1, $2, $3, 'OriginalSignatory', $4)",
            Guid.NewGuid(), scene.PartnershipId, scene.CommissionId, Scene.Signature));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
        Assert.Equal("ak_partnership_participants_partnership_organisation", error.ConstraintName);
        Assert.Equal(participants, await CountParticipantsAsync(scene.PartnershipId));
    }

    [Fact]
    public async Task Duplicate_reference_code_within_a_partnership_is_refused_in_SQL()
    {
        var scene = await ArrangeAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() => fixture.Database.ExecuteAsync(
            "INSERT INTO initiatives (id, partnership_id, reference_code, title, pillar, status, novelty, is_shareable) VALUES ($1, $2, $3, 'Copy', 'LegalMigration', 'Planned', 'New', true)",
            Guid.NewGuid(), scene.PartnershipId, scene.ReferenceCode));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM initiatives WHERE partnership_id = $1", scene.PartnershipId));
    }

    private Task<long> CountParticipantsAsync(Guid partnershipId) =>
        fixture.Database.ScalarAsync<long>("SELECT count(*) FROM partnership_participants WHERE partnership_id = $1", partnershipId);

    private Task<Scene> ArrangeAsync() => Scene.StoreAsync(fixture);
}
