using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Features.Partnerships.Keepers;
using MobilityPartnerships.Web.Features.Partnerships.Opening;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Partnerships;

/// <summary>
/// Who keeps a partnership: the focal point who opens one is assigned to it and may change it at once; a user who
/// reads a partnership but may not change it is told why, and who can.
/// </summary>
public sealed class PartnershipKeepersTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_focal_point_who_opens_a_partnership_is_assigned_to_it_and_may_change_it()
    {
        var focalPoint = await TestAccounts.CreateAsync(fixture, "Fiona Opener", Role.FocalPoint);
        await using var scope = fixture.As(focalPoint);
        var name = $"Opened by a focal point {Guid.NewGuid():N}";

        var outcome = await scope.ServiceProvider.GetRequiredService<OpenPartnership>()
            .ExecuteAsync(new NewPartnershipDraft { Name = name, Kind = PartnershipKind.BilateralMigrationPartnership, Status = PartnershipStatus.Negotiation }, Ct);

        var id = Assert.IsType<WriteOutcome.Created>(outcome).Id;
        var userId = Web.Security.Accounts.AccountClaims.UserIdOf(focalPoint);
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM partnership_assignments WHERE partnership_id = $1 AND account_id = $2", id, userId!.Value));
        await using var next = fixture.As(focalPoint);
        var access = next.ServiceProvider.GetRequiredService<AccessControl>();
        Assert.True((await access.CheckPartnershipAsync(Operation.EditPartnership, id, Ct)).IsAllowed);
        Assert.Null(await access.WhyReadOnlyAsync(id, Ct));
        Assert.Equal(["Fiona Opener"], (await fixture.Get<GetPartnershipKeepers>().ExecuteAsync(id, Ct)).FocalPoints);
    }

    [Fact]
    public async Task An_administrator_who_opens_a_partnership_assigns_nobody()
    {
        var name = $"Opened by an administrator {Guid.NewGuid():N}";

        var outcome = await fixture.Get<OpenPartnership>()
            .ExecuteAsync(new NewPartnershipDraft { Name = name, Kind = PartnershipKind.BilateralMigrationPartnership, Status = PartnershipStatus.Negotiation }, Ct);

        var id = Assert.IsType<WriteOutcome.Created>(outcome).Id;
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM partnership_assignments WHERE partnership_id = $1", id));
    }

    [Fact]
    public async Task A_reader_who_may_not_change_a_partnership_is_told_why_and_who_can()
    {
        var (partnershipId, swedenId) = await PartnershipWithSwedenAsync();
        var keeper = await TestAccounts.CreateAsync(fixture, "Karl Keeper", Role.FocalPoint, null, partnershipId);
        var otherFocalPoint = await TestAccounts.CreateAsync(fixture, "Olga Elsewhere", Role.FocalPoint);
        var swede = await TestAccounts.CreateAsync(fixture, "Sven Official", Role.MemberStateOfficial, swedenId);
        var reader = await TestAccounts.CreateAsync(fixture, "Tina Reader", Role.TaskForceMember, null, partnershipId);

        Assert.Null(await WhyReadOnlyAsync(keeper, partnershipId));
        Assert.Equal(ReadOnlyReason.NotItsFocalPoint, await WhyReadOnlyAsync(otherFocalPoint, partnershipId));
        Assert.Equal(ReadOnlyReason.MemberStateKeepsItsInitiatives, await WhyReadOnlyAsync(swede, partnershipId));
        Assert.Equal(ReadOnlyReason.GivenToRead, await WhyReadOnlyAsync(reader, partnershipId));

        var keepers = await fixture.Get<GetPartnershipKeepers>().ExecuteAsync(partnershipId, Ct);
        Assert.Equal(["Karl Keeper"], keepers.FocalPoints);
        Assert.Equal([new MemberStateOfficial("Sven Official", "Sweden")], keepers.MemberStateOfficials.Where(o => o.Name == "Sven Official"));
        Assert.DoesNotContain(keepers.MemberStateOfficials, o => o.Name is "Karl Keeper" or "Olga Elsewhere" or "Tina Reader");
    }

    private async Task<ReadOnlyReason?> WhyReadOnlyAsync(System.Security.Claims.ClaimsPrincipal user, Guid partnershipId)
    {
        await using var scope = fixture.As(user);
        return await scope.ServiceProvider.GetRequiredService<AccessControl>().WhyReadOnlyAsync(partnershipId, Ct);
    }

    private async Task<(Guid Partnership, Guid Sweden)> PartnershipWithSwedenAsync()
    {
        await using var db = await fixture.CreateContextAsync();
        var sweden = await db.Organisations.SingleAsync(o => o.CountryCode == "SE" && o.Kind == OrganisationKind.MemberState, Ct);
        var partnership = Partnership.Open($"Partnership with Sweden {Guid.NewGuid():N}", PartnershipKind.BilateralMigrationPartnership, null, PartnershipStatus.Negotiation);
        partnership.RecordSignature(new DateOnly(2010, 1, 15));
        partnership.RecordOriginalSignatory(sweden);
        db.Partnerships.Add(partnership);
        await db.SaveChangesAsync(Ct);
        return (partnership.Id, sweden.Id);
    }
}
