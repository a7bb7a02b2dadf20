using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Features.Initiatives.Archiving;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Organisations;
using MobilityPartnerships.Web.Features.Organisations.Adding;
using MobilityPartnerships.Web.Features.Partnerships.Archiving;
using MobilityPartnerships.Web.Features.Partnerships.Opening;
using MobilityPartnerships.Web.Features.Progress.Posting;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Access;

/// <summary>
/// The handlers themselves refuse, whatever the page showed: a crafted call by a Member State's official on
/// another country's initiative changes nothing and says why; their own initiative they may change, and history
/// names them.
/// </summary>
public sealed class HandlersRefuseTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_member_state_official_cannot_change_another_countrys_initiative_through_any_handler()
    {
        var other = await world.Get<EditInitiative>().LoadAsync(world.OtherInitiative, Ct);
        Assert.NotNull(other);
        await using var scope = world.As(world.Users["MemberStateOfficial"]);
        var services = scope.ServiceProvider;
        var draft = other.Draft.Copy();
        draft.Title = "Taken over";

        var save = await services.GetRequiredService<EditInitiative>().SaveAsync(world.Inside, world.OtherInitiative, other.Version, draft, Ct);
        var progress = await services.GetRequiredService<PostProgressUpdate>().ExecuteAsync(world.OtherInitiative, new ProgressDraft { ReportedOn = new DateOnly(2024, 1, 1), Rating = Domain.Progress.ProgressRating.OnTrack, Narrative = "Not mine" }, Ct);
        var archive = await services.GetRequiredService<ArchiveInitiative>().ArchiveAsync(world.OtherInitiative, archive: true, Ct);
        var delete = await services.GetRequiredService<ArchiveInitiative>().DeleteAsync(world.OwnInitiative, Ct);
        var partnership = await services.GetRequiredService<ArchivePartnership>().ExecuteAsync(world.Inside, 0, archive: true, Ct);
        var open = await services.GetRequiredService<OpenPartnership>().ExecuteAsync(new NewPartnershipDraft { Name = "Mine", Kind = Domain.Partnerships.PartnershipKind.BilateralMigrationPartnership }, Ct);
        var organisation = await services.GetRequiredService<AddOrganisation>().ExecuteAsync(new OrganisationDraft { Name = "Mine", Kind = OrganisationKind.Ngo }, Ct);
        var loaded = await services.GetRequiredService<EditInitiative>().LoadAsync(world.OtherInitiative, Ct);

        Assert.Equal("You may not change this initiative.", Assert.IsType<WriteOutcome.Refused>(save).Message);
        Assert.Equal("You may not post progress on this initiative.", Assert.IsType<WriteOutcome.Refused>(progress).Message);
        Assert.IsType<WriteOutcome.Refused>(archive);
        Assert.IsType<WriteOutcome.Refused>(delete);
        Assert.IsType<WriteOutcome.Refused>(partnership);
        Assert.IsType<WriteOutcome.Refused>(open);
        Assert.IsType<WriteOutcome.Refused>(organisation);
        Assert.Null(loaded);

        await using var db = await world.CreateContextAsync();
        var stored = await db.Initiatives.AsNoTracking().SingleAsync(i => i.Id == world.OtherInitiative, Ct);
        Assert.Equal("Other initiative", stored.Title);
        Assert.False(stored.IsArchived);
        Assert.False(await db.ProgressUpdates.AnyAsync(u => u.InitiativeId == world.OtherInitiative, Ct));
        Assert.True(await db.Initiatives.AnyAsync(i => i.Id == world.OwnInitiative, Ct));
        Assert.False(await db.Partnerships.AnyAsync(p => p.Name == "Mine" || p.IsArchived, Ct));
        Assert.False(await db.Organisations.AnyAsync(o => o.Name == "Mine", Ct));
    }

    [Fact]
    public async Task A_member_state_official_changes_their_own_initiative_and_history_names_them_but_cannot_hand_it_away()
    {
        await using var scope = world.As(world.Users["MemberStateOfficial"]);
        var editor = scope.ServiceProvider.GetRequiredService<EditInitiative>();
        var own = await editor.LoadAsync(world.OwnInitiative, Ct);
        Assert.NotNull(own);

        var handedAway = own.Draft.Copy();
        handedAway.LeadOrganisationId = null;
        var refused = await editor.SaveAsync(world.Inside, world.OwnInitiative, own.Version, handedAway, Ct);
        var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(refused).Errors);
        Assert.Equal(nameof(InitiativeDraft.LeadOrganisationId), error.Path);

        var renamed = own.Draft.Copy();
        renamed.Summary = "Updated by its lead";
        Assert.IsType<WriteOutcome.Done>(await editor.SaveAsync(world.Inside, world.OwnInitiative, own.Version, renamed, Ct));

        await using var db = await world.CreateContextAsync();
        var id = world.OwnInitiative.ToString();
        var entry = await db.History.AsNoTracking().Where(h => h.AggregateId == id && h.Field == "Summary").OrderByDescending(h => h.Id).FirstAsync(Ct);
        Assert.Equal("Official of A", entry.UserName);
    }
}
