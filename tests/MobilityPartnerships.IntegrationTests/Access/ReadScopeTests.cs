using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.History.Reading;
using MobilityPartnerships.Web.Features.Initiatives.Details;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.Partnerships.Details;
using MobilityPartnerships.Web.Features.Partnerships.List;
using MobilityPartnerships.Web.Features.Progress.Posting;
using MobilityPartnerships.Web.Features.Progress.Reading;
using MobilityPartnerships.Web.Features.Scoreboards.FilterOptions;
using MobilityPartnerships.Web.Features.Scoreboards.Querying;

namespace MobilityPartnerships.IntegrationTests.Access;

/// <summary>
/// Every read path is scoped: a task-force member given Georgia only gets nothing of Moldova from any of
/// them, while the same calls for Georgia do return rows (so each check can fail).
/// </summary>
public sealed class ReadScopeTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task A_user_who_may_see_georgia_only_gets_no_moldova_rows_from_any_read()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await fixture.CreateContextAsync();
        var georgia = await db.Partnerships.Where(p => p.Name == "Mobility Partnership with Georgia").Select(p => p.Id).SingleAsync(ct);
        var moldova = await db.Partnerships.Where(p => p.Name == "Mobility Partnership with the Republic of Moldova").Select(p => p.Id).SingleAsync(ct);
        var georgian = await db.Initiatives.Where(i => i.PartnershipId == georgia).Select(i => i.Id).FirstAsync(ct);
        var moldovan = await db.Initiatives.Where(i => i.PartnershipId == moldova).Select(i => i.Id).FirstAsync(ct);

        // Something to read in each history and progress list.
        await fixture.Get<PostProgressUpdate>().ExecuteAsync(moldovan, new ProgressDraft { ReportedOn = new DateOnly(2024, 1, 10), Rating = Domain.Progress.ProgressRating.OnTrack, Narrative = "Moldova progress" }, ct);
        await fixture.Get<PostProgressUpdate>().ExecuteAsync(georgian, new ProgressDraft { ReportedOn = new DateOnly(2024, 1, 10), Rating = Domain.Progress.ProgressRating.OnTrack, Narrative = "Georgia progress" }, ct);

        var reader = await TestAccounts.CreateAsync(fixture, "Georgia reader", Role.TaskForceMember, null, georgia);
        await using var scope = fixture.As(reader);
        var services = scope.ServiceProvider;

        var list = await services.GetRequiredService<ListPartnerships>().ExecuteAsync(ct, includeArchived: true);
        Assert.Equal([georgia], list.Select(p => p.Id));

        var moldovaBoard = await services.GetRequiredService<QueryScoreboard>().ExecuteAsync(new ScoreboardQuery { PartnershipId = moldova, IncludeArchived = true }, ct);
        Assert.Empty(moldovaBoard.Rows);
        Assert.Equal(0, moldovaBoard.Totals.Count);
        Assert.Equal(Amount.Exact(0m), moldovaBoard.Totals.TotalBudget);
        var georgiaBoard = await services.GetRequiredService<QueryScoreboard>().ExecuteAsync(new ScoreboardQuery { PartnershipId = georgia }, ct);
        Assert.NotEmpty(georgiaBoard.Rows);

        var lead = InitiativeFields.FilterOf(nameof(ScoreboardQuery.LeadId))!;
        var options = await services.GetRequiredService<GetScoreboardFilterOptions>().ExecuteAsync(moldova, ct);
        Assert.Empty(options.Of(lead));
        Assert.NotEmpty((await services.GetRequiredService<GetScoreboardFilterOptions>().ExecuteAsync(georgia, ct)).Of(lead));

        Assert.Null(await services.GetRequiredService<GetPartnershipDetails>().ExecuteAsync(moldova, ct));
        Assert.NotNull(await services.GetRequiredService<GetPartnershipDetails>().ExecuteAsync(georgia, ct));
        Assert.Null(await services.GetRequiredService<GetInitiativeDetails>().ExecuteAsync(moldovan, ct));
        Assert.NotNull(await services.GetRequiredService<GetInitiativeDetails>().ExecuteAsync(georgian, ct));

        var history = services.GetRequiredService<GetHistory>();
        Assert.Empty((await history.ExecuteAsync("Partnership", moldova, ct)).Events);
        Assert.Empty((await history.ExecuteAsync("Initiative", moldovan, ct)).Events);
        Assert.NotEmpty((await history.ExecuteAsync("Initiative", georgian, ct)).Events);

        Assert.Empty(await services.GetRequiredService<GetProgress>().ExecuteAsync(moldovan, ct));
        Assert.NotEmpty(await services.GetRequiredService<GetProgress>().ExecuteAsync(georgian, ct));
    }
}
