using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.Standby;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Access;
using Npgsql;

namespace MobilityPartnerships.Web.Writing;

/// <summary>
/// The one way a change is saved: access → the form's rules → load at the version the user read → the domain's
/// method → save → outcome. The database's refusals and failures are caught here and nowhere else: a rule the
/// database guards becomes a message at its field, someone saving first becomes <see cref="WriteOutcome.Stale"/>
/// with who and when, a lost database becomes <see cref="WriteOutcome.Failed"/> with a reference number that the
/// log carries, and a commit the database did not answer is told as unconfirmed (it may have happened), never as
/// "nothing was changed". Load, apply and save run inside the execution strategy, so a retried attempt starts afresh.
/// </summary>
public sealed class Writes(IDbContextFactory<AppDbContext> contexts, AccessControl access, IOptions<DatabaseOptions> limits, StandbyState standby, IStringLocalizer<Strings> text, ILogger<Writes> logger)
{
    public async Task<WriteOutcome> RunAsync<TTarget>(Write<TTarget> write, CancellationToken cancellationToken)
        where TTarget : class
    {
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            switch (await write.Access(access, cancellationToken))
            {
                case AccessDecision.Refused refused:
                    return new WriteOutcome.Refused(refused.Message);
                case AccessDecision.Missing:
                    return new WriteOutcome.NotFound();
            }

            if (write.Validate is not null && await write.Validate(cancellationToken) is { IsValid: false } validation)
            {
                return new WriteOutcome.Invalid(FieldError.From(validation));
            }

            if (await access.ActorAsync(cancellationToken) is not { } actor)
            {
                return new WriteOutcome.NotFound();
            }

            if (write.CheckActor?.Invoke(actor) is { Count: > 0 } refusals)
            {
                return new WriteOutcome.Invalid(refusals);
            }

            await using var strategyContext = await contexts.CreateDbContextAsync(cancellationToken);
            return await strategyContext.Database.CreateExecutionStrategy().ExecuteAsync(
                ct => StoreAsync(write, actor, ct), cancellationToken);
        }
        catch (UnconfirmedCommitException unconfirmed)
        {
            var reference = ErrorReference.New();
            logger.CommitUnconfirmed(unconfirmed.InnerException!, write.What, reference);
            return new WriteOutcome.Failed(reference, Unconfirmed: true);
        }
        catch (Exception exception) when (DatabaseFailure.IsUnstorableText(exception))
        {
            // Nothing was stored: the transaction ended with the refused statement.
            return new WriteOutcome.Invalid([new FieldError(FieldError.FormLevel, text["Writing_UnstorableCharacter"])]);
        }
        catch (Exception exception) when (DatabaseFailure.Is(exception))
        {
            var reference = ErrorReference.New();
            logger.WriteFailed(exception, write.What, reference);
            return new WriteOutcome.Failed(reference);
        }
    }

    private async Task<WriteOutcome> StoreAsync<TTarget>(Write<TTarget> write, Domain.Access.Actor actor, CancellationToken cancellationToken)
        where TTarget : class
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (write.LongWork)
        {
            db.AllowLongWork(limits.Value);
        }

        // One transaction around load, apply and save: what the history copies in bulk after the records commits with them.
        await using var transaction = await db.Database.BeginTransactionAsync(write.Isolation ?? System.Data.IsolationLevel.ReadCommitted, cancellationToken);
        var target = await write.Load(db, cancellationToken);
        if (target is null)
        {
            return new WriteOutcome.NotFound();
        }

        if (write.Seen is { } seen)
        {
            var version = RowVersion.Of(db, target);
            if (version.CurrentValue is uint stored && stored != seen)
            {
                return await LastChange.StaleAsync(db, LastChange.KeyOf(db, target), cancellationToken);
            }

            // The update is checked against the version this user read, even if someone saves in between.
            version.OriginalValue = seen;
        }

        var key = LastChange.KeyOf(db, target);
        var change = new Change<TTarget>(target, db, actor);
        WriteOutcome outcome;
        try
        {
            outcome = await write.Apply(change, cancellationToken);
        }
        catch (DomainRuleException refusal)
        {
            return new WriteOutcome.Invalid([new FieldError(write.EntryField?.Invoke(refusal) ?? write.Fields.FieldOf(refusal.Rule), RuleMessages.Of(text, refusal))]);
        }

        if (outcome is not (WriteOutcome.Done or WriteOutcome.Created))
        {
            return outcome;
        }

        // Many new aggregates (an import's) are copied in bulk after the save, in its transaction and change set; a few are saved with it.
        var copied = change.Added.Count > limits.Value.CopyNewAggregatesAbove && AggregateCopy.CanCopy(db, change.Added);
        if (copied)
        {
            AggregateCopy.OneChangeSet(db);
        }
        else
        {
            db.AddRange(change.Added);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (copied)
            {
                await AggregateCopy.WriteAsync(db, change.Added, limits.Value.CopySlice, cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            return await LastChange.StaleAsync(fresh, key, cancellationToken);
        }
        catch (DbUpdateException exception) when (write.Constraints.FirstOrDefault(c => c.Matches(exception)) is { } constraint)
        {
            return new WriteOutcome.Invalid([constraint.Error()]);
        }
        catch (PostgresException exception) when (write.Constraints.FirstOrDefault(c => c.Matches(exception)) is { } constraint)
        {
            // The bulk copy's refusal comes straight from PostgreSQL, not wrapped by a save.
            return new WriteOutcome.Invalid([constraint.Error()]);
        }

        try
        {
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception exception) when (DatabaseFailure.Is(exception) && !DatabaseFailure.IsAnswer(exception))
        {
            // The commit was sent and no answer came (a time-out, a lost connection): it may have happened or not.
            throw new UnconfirmedCommitException(exception);
        }

        access.Stored();
        // Read-your-writes: this user's reads go to the primary until a standby has replayed this commit.
        await WritePositions.RecordAsync(standby, db, actor.UserId);

        // The version now stored, so that a user who goes on editing is checked against their own save.
        return outcome switch
        {
            WriteOutcome.Done { Version: null } done => done with { Version = RowVersion.Find(db, target) },
            WriteOutcome.Created { Version: null } created => created with { Version = RowVersion.FindById(db, created.Id) },
            _ => outcome,
        };
    }

    /// <summary>A commit sent to the database without an answer; not a transient error, so it is never retried.</summary>
    private sealed class UnconfirmedCommitException(Exception inner) : Exception("The database did not answer a commit.", inner);
}
