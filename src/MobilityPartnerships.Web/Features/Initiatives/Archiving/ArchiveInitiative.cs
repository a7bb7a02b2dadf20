using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Initiatives.Archiving;

/// <summary>
/// Archives or restores an initiative, or deletes it for good. Archiving keeps it on record and out of totals;
/// a delete is refused while anything still refers to the initiative.
/// </summary>
public sealed class ArchiveInitiative(IDbContextFactory<AppDbContext> contexts, IStringLocalizer<Strings> text, AccessControl access, ILogger<ArchiveInitiative> logger)
{
    public Task<WriteOutcome> ArchiveAsync(Guid initiativeId, bool archive, CancellationToken cancellationToken) =>
        WriteAsync("archive initiative", Operation.ArchiveInitiative, initiativeId, async db =>
        {
            var initiative = await db.Initiatives.SingleOrDefaultAsync(i => i.Id == initiativeId, cancellationToken);
            if (initiative is null)
            {
                return new WriteOutcome.NotFound();
            }

            if (archive)
            {
                initiative.Archive();
            }
            else
            {
                initiative.Restore();
            }

            await db.SaveChangesAsync(cancellationToken);
            return new WriteOutcome.Done();
        });

    public Task<WriteOutcome> DeleteAsync(Guid initiativeId, CancellationToken cancellationToken) =>
        WriteAsync("delete initiative", Operation.DeleteInitiative, initiativeId, async db =>
        {
            var initiative = await db.Initiatives.Include(i => i.FundingLines).Include(i => i.Indicators).AsSplitQuery().SingleOrDefaultAsync(i => i.Id == initiativeId, cancellationToken);
            if (initiative is null)
            {
                return new WriteOutcome.NotFound();
            }

            var values = await db.IndicatorValues.CountAsync(v => v.InitiativeId == initiativeId, cancellationToken);
            if (values > 0)
            {
                return new WriteOutcome.Invalid([new FieldError(FieldError.FormLevel, text["Indicator_DeleteRefusedValues", values])]);
            }

            var updates = await db.ProgressUpdates.CountAsync(u => u.InitiativeId == initiativeId, cancellationToken);
            if (updates > 0)
            {
                return new WriteOutcome.Invalid([new FieldError(FieldError.FormLevel, text["Delete_RefusedProgress", updates])]);
            }

            db.Initiatives.Remove(initiative);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException exception) when (DatabaseErrors.IsForeignKeyViolation(exception))
            {
                // Something began to refer to it between the check and the delete.
                return new WriteOutcome.Invalid([new FieldError(FieldError.FormLevel, text["Delete_RefusedReferenced"])]);
            }

            return new WriteOutcome.Done();
        });

    private async Task<WriteOutcome> WriteAsync(string operation, Operation asked, Guid initiativeId, Func<AppDbContext, Task<WriteOutcome>> write)
    {
        if (await access.CheckInitiativeAsync(asked, initiativeId) is AccessDecision.Refused refused)
        {
            return new WriteOutcome.Refused(refused.Message);
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync();
            return await write(db);
        }
        catch (Exception exception) when (WriteFailure.IsDatabaseFailure(exception))
        {
            return new WriteOutcome.Failed(WriteFailure.Log(logger, exception, operation));
        }
    }
}
