using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Indicators.Removing;

/// <summary>
/// Removes an indicator's value for a period, for the current user: whoever may report the initiative's indicators (see
/// <see cref="Operation.PostProgress"/>). It no longer counts; the history keeps it. A value left outside the
/// implementation period by a change stored before a period had to keep its values cannot be corrected, only removed.
/// </summary>
public sealed class RemoveIndicatorValue(Writes writes)
{
    public Task<WriteOutcome> ExecuteAsync(Guid initiativeId, Guid indicatorId, ReportingPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        return writes.RunAsync(
            new Write<Removal>
            {
                What = "remove indicator value",
                Access = (access, ct) => access.CheckInitiativeAsync(Operation.PostProgress, initiativeId, ct),
                Load = async (db, ct) =>
                {
                    if (await LockedInitiative.LoadAsync(db, initiativeId, ct) is not { } initiative)
                    {
                        return null;
                    }

                    var value = await db.IndicatorValues.SingleOrDefaultAsync(
                        v => v.InitiativeId == initiativeId && v.IndicatorId == indicatorId && v.PeriodStart == period.Start && v.PeriodEnd == period.End, ct);
                    return value is null ? null : new Removal(initiative, value);
                },
                Apply = (change, _) =>
                {
                    var (initiative, value) = change.Target;
                    value.CheckRemoval(initiative, ProgressAuthor.Of(change.Actor));
                    change.Db.IndicatorValues.Remove(value);
                    return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
                },
            },
            cancellationToken);
    }

    /// <summary>What a removal is checked against: the value's initiative, and the value.</summary>
    private sealed record Removal(Initiative Initiative, IndicatorValue Value);
}
