using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Initiatives.Archiving;

/// <summary>
/// Archives or restores an initiative, or deletes it for good. Archiving keeps it on record and out of totals;
/// a delete is refused while anything still refers to the initiative.
/// </summary>
public sealed class ArchiveInitiative(Writes writes, IStringLocalizer<Strings> text)
{
    public Task<WriteOutcome> ArchiveAsync(Guid initiativeId, bool archive, CancellationToken cancellationToken) =>
        writes.RunAsync(
            new Write<Initiative>
            {
                What = "archive initiative",
                Access = (access, ct) => access.CheckInitiativeAsync(Operation.ArchiveInitiative, initiativeId, ct),
                Load = (db, ct) => db.Initiatives.SingleOrDefaultAsync(i => i.Id == initiativeId, ct),
                Apply = (change, _) =>
                {
                    if (archive)
                    {
                        change.Target.Archive();
                    }
                    else
                    {
                        change.Target.Restore();
                    }

                    return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
                },
            },
            cancellationToken);

    public Task<WriteOutcome> DeleteAsync(Guid initiativeId, CancellationToken cancellationToken) =>
        writes.RunAsync(
            new Write<Initiative>
            {
                What = "delete initiative",
                Access = (access, ct) => access.CheckInitiativeAsync(Operation.DeleteInitiative, initiativeId, ct),
                Load = (db, ct) => db.Initiatives.Include(i => i.FundingLines).Include(i => i.Indicators).AsSplitQuery().SingleOrDefaultAsync(i => i.Id == initiativeId, ct),
                Apply = async (change, ct) =>
                {
                    var values = await change.Db.IndicatorValues.CountAsync(v => v.InitiativeId == initiativeId, ct);
                    if (values > 0)
                    {
                        return new WriteOutcome.Invalid([new FieldError(FieldError.FormLevel, text.Counted("Indicator_DeleteRefusedValues", values))]);
                    }

                    var updates = await change.Db.ProgressUpdates.CountAsync(u => u.InitiativeId == initiativeId, ct);
                    if (updates > 0)
                    {
                        return new WriteOutcome.Invalid([new FieldError(FieldError.FormLevel, text.Counted("Delete_RefusedProgress", updates))]);
                    }

                    change.Db.Initiatives.Remove(change.Target);
                    return new WriteOutcome.Done();
                },

                // Something began to refer to it between the check and the delete.
                Constraints = [ConstraintRefusal.StillReferenced(() => new FieldError(FieldError.FormLevel, text["Delete_RefusedReferenced"]))],
            },
            cancellationToken);
}
