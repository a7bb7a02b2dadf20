using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Data.Preferences;
using MobilityPartnerships.Web.Features.Initiatives.Importing;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Initiatives.Importing;

/// <summary>
/// A column mapping the user adjusted is remembered through the write path: offered again for a sheet with the same
/// headers, changed in place when adjusted again, and refused to a user who may not import into the partnership.
/// </summary>
public sealed class RememberedMappingsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task An_adjusted_mapping_is_offered_again_for_the_same_headers_and_kept_once()
    {
        var scene = await Scene.StoreAsync(fixture);
        var importer = await TestAccounts.CreateAsync(fixture, $"Importer {scene.ReferenceCode}", Role.Administrator);
        await using var scope = fixture.As(importer);
        var remembered = scope.ServiceProvider.GetRequiredService<RememberedMappings>();
        var detected = Detected(scene.ReferenceCode);

        var adjusted = detected.With(2, InitiativeColumn.Contributor);
        Assert.IsType<WriteOutcome.Done>(await remembered.RememberAsync(scene.PartnershipId, adjusted, CancellationToken.None));
        var again = adjusted.With(2, InitiativeColumn.FundingProgramme);
        Assert.IsType<WriteOutcome.Done>(await remembered.RememberAsync(scene.PartnershipId, again, CancellationToken.None));

        var recalled = await remembered.RecallAsync(detected, CancellationToken.None);
        Assert.Equal(InitiativeColumn.FundingProgramme, Assert.IsType<ColumnMapping>(recalled).Columns[2]);
        Assert.Equal(1, await StoredCountAsync(importer));
    }

    [Fact]
    public async Task A_user_who_may_not_import_into_the_partnership_is_refused_and_nothing_is_kept()
    {
        var scene = await Scene.StoreAsync(fixture);
        var reader = await TestAccounts.CreateAsync(fixture, $"Reader {scene.ReferenceCode}", Role.TaskForceMember, null, scene.PartnershipId);
        await using var scope = fixture.As(reader);
        var remembered = scope.ServiceProvider.GetRequiredService<RememberedMappings>();

        var outcome = await remembered.RememberAsync(scene.PartnershipId, Detected(scene.ReferenceCode).With(2, InitiativeColumn.Contributor), CancellationToken.None);

        Assert.IsType<WriteOutcome.Refused>(outcome);
        Assert.Equal(0, await StoredCountAsync(reader));
    }

    private static ColumnMapping Detected(string code) =>
        new(1, ["Title", "Pillar", $"Donor {code}"], new Dictionary<int, InitiativeColumn> { [0] = InitiativeColumn.Title, [1] = InitiativeColumn.Pillar });

    private async Task<int> StoredCountAsync(System.Security.Claims.ClaimsPrincipal account)
    {
        var accountId = MobilityPartnerships.Web.Security.Accounts.AccountClaims.UserIdOf(account);
        await using var db = await fixture.CreateContextAsync();
        return await db.Set<RememberedMapping>().CountAsync(m => m.AccountId == accountId, TestContext.Current.CancellationToken);
    }
}
