using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.IntegrationTests.Access;
using MobilityPartnerships.Web.Features.Agenda.Proposing;
using MobilityPartnerships.Web.Writing;
using Npgsql;

namespace MobilityPartnerships.IntegrationTests.Meetings;

/// <summary>
/// The meeting's rules span its records: an item proposed while the meeting is being cancelled or moved waits for
/// that write to end and is judged against what it stored, instead of against the meeting as it was before.
/// </summary>
public sealed class MeetingTurnsTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    private readonly MeetingSteps steps = new(world);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_item_proposed_while_the_meeting_is_being_cancelled_waits_and_is_refused_once_it_is()
    {
        var meeting = await steps.PlanAsync(MeetingKind.CooperationPlatform, new DateOnly(2031, 5, 6));
        await using var cancelling = new NpgsqlConnection(world.Database.ConnectionString);
        await cancelling.OpenAsync(Ct);
        await using var transaction = await cancelling.BeginTransactionAsync(Ct);
        await using (var cancel = new NpgsqlCommand("UPDATE meetings SET cancelled_at = now(), cancelled_by = 'Focal point' WHERE id = $1", cancelling, transaction) { Parameters = { new() { Value = meeting } } })
        {
            Assert.Equal(1, await cancel.ExecuteNonQueryAsync(Ct));
        }

        Task<WriteOutcome> proposing;
        await using (var scope = world.As(steps.FocalPoint))
        {
            proposing = scope.ServiceProvider.GetRequiredService<ProposeAgendaItem>().ExecuteAsync(meeting, new AgendaItemDraft { Title = "Seasonal work quotas" }, Ct);
            await WaitingForTheMeetingAsync(cancelling.ProcessID, proposing);
            await transaction.CommitAsync(Ct);
            var outcome = await proposing;

            var error = Assert.Single(Assert.IsType<WriteOutcome.Invalid>(outcome).Errors);
            Assert.StartsWith("The meeting was cancelled on ", error.Message, StringComparison.Ordinal);
            Assert.EndsWith(": it has no agenda any more.", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(0L, await world.Database.ScalarAsync<long>("SELECT count(*) FROM agenda_items WHERE meeting_id = $1", meeting));
    }

    /// <summary>Until PostgreSQL says a session waits for the lock the cancelling transaction holds (ten seconds at most).</summary>
    private async Task WaitingForTheMeetingAsync(int holder, Task proposing)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            Assert.False(proposing.IsCompleted, $"The proposal ended without waiting for the meeting being cancelled: {(proposing.IsCompleted ? (proposing.IsFaulted ? proposing.Exception!.ToString() : ((Task<WriteOutcome>)proposing).Result.ToString()) : string.Empty)}");
            if (await world.Database.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE $1 = ANY (pg_blocking_pids(pid)))", holder))
            {
                return;
            }

            await Task.Delay(50, Ct);
        }

        Assert.Fail("No session waited for the meeting being cancelled.");
    }
}
