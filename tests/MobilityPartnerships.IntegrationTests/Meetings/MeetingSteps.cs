using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.IntegrationTests.Access;
using MobilityPartnerships.Web.Features.Meetings;
using MobilityPartnerships.Web.Features.Meetings.Planning;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.IntegrationTests.Meetings;

/// <summary>
/// What the meeting tests (meetings, agenda, minutes, action points) do around the step they test: the focal point
/// plans a meeting of the inside partnership, and the stored versions and counts are read back.
/// </summary>
internal sealed class MeetingSteps(AccessWorld world)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ClaimsPrincipal FocalPoint => world.Users["FocalPoint"];

    /// <summary>The focal point plans a meeting of the inside partnership; its id.</summary>
    public async Task<Guid> PlanAsync(MeetingKind kind, DateOnly heldOn)
    {
        await using var scope = world.As(FocalPoint);
        var draft = await DraftAsync(scope, kind, heldOn);
        var outcome = await scope.ServiceProvider.GetRequiredService<PlanMeeting>().ExecuteAsync(world.Inside, draft, Ct);
        return Assert.IsType<WriteOutcome.Created>(outcome).Id;
    }

    /// <summary>The planning form's new draft for the inside partnership, filled in for a meeting of the kind on the day.</summary>
    public async Task<MeetingDraft> DraftAsync(AsyncServiceScope scope, MeetingKind kind, DateOnly heldOn)
    {
        var draft = (await scope.ServiceProvider.GetRequiredService<PlanMeeting>().LoadAsync(world.Inside, Ct))!.Draft;
        draft.Kind = kind;
        draft.Title = $"{kind} {heldOn:yyyy-MM-dd}";
        draft.HeldOn = heldOn;
        draft.Place = "Brussels";
        if (kind == MeetingKind.TaskForce)
        {
            draft.PartnerCountryChairId = null;
        }

        return draft;
    }

    /// <summary>
    /// An item proposed for the meeting at <paramref name="at"/> (a day the tests choose, where the handler would take
    /// today's), declined by the focal point when <paramref name="declined"/>; its id.
    /// </summary>
    public async Task<Guid> ProposedAsync(Guid meetingId, string title, DateTimeOffset at, bool declined = false)
    {
        await using var db = await world.CreateContextAsync();
        var meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meetingId, Ct);
        var item = AgendaItem.Propose(meeting, title, null, "Official of A", at, ProductDays.Brussels);
        if (declined)
        {
            item.Decline(meeting);
        }

        db.AgendaItems.Add(item);
        await db.SaveChangesAsync(Ct);
        return item.Id;
    }

    public async Task<Guid> PartnerCountryAsync()
    {
        await using var db = await world.CreateContextAsync();
        return (await db.Partnerships.AsNoTracking().SingleAsync(p => p.Id == world.Inside, Ct)).PartnerCountryId!.Value;
    }

    public async Task<uint> VersionAsync(Guid meetingId)
    {
        await using var db = await world.CreateContextAsync();
        return (await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meetingId, Ct)).Version;
    }

    public async Task<uint> ActionPointVersionAsync(Guid id)
    {
        await using var db = await world.CreateContextAsync();
        return (await db.ActionPoints.AsNoTracking().SingleAsync(a => a.Id == id, Ct)).Version;
    }

    public async Task<int> CountAsync<T>(Func<Web.Data.AppDbContext, DbSet<T>> set)
        where T : class
    {
        await using var db = await world.CreateContextAsync();
        return await set(db).CountAsync(Ct);
    }
}
