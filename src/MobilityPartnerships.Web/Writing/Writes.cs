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
/// A refused write tells every problem found before saving at once (<see cref="Refusals"/>): the form's rules and the
/// acting user's together, and with them, for a write that applies a refused draft, the database's and the domain's.
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
                case AccessDecision.Refused denied:
                    return new WriteOutcome.Refused(denied.Message);
                case AccessDecision.Missing:
                    return new WriteOutcome.NotFound();
            }

            // The form's rules and those about the acting user are told together.
            var refused = new List<FieldError>();
            if (write.Validate is not null && await write.Validate(cancellationToken) is { IsValid: false } validation)
            {
                refused.AddRange(FieldError.From(validation));
            }

            if (await access.ActorAsync(cancellationToken) is not { } actor)
            {
                return refused.Count > 0 ? new WriteOutcome.Invalid(refused) : new WriteOutcome.NotFound();
            }

            refused.AddRange(write.CheckActor?.Invoke(actor) ?? []);
            if (refused.Count > 0 && !write.AppliesRefusedDraft)
            {
                return new WriteOutcome.Invalid(refused);
            }

            await using var strategyContext = await contexts.CreateDbContextAsync(cancellationToken);
            return await strategyContext.Database.CreateExecutionStrategy().ExecuteAsync(
                ct => StoreAsync(write, actor, refused, ct), cancellationToken);
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

    /// <summary>Load, apply and save; <paramref name="refused"/> holds the form's refusals of a write that applies a refused draft.</summary>
    private async Task<WriteOutcome> StoreAsync<TTarget>(Write<TTarget> write, Domain.Access.Actor actor, List<FieldError> refused, CancellationToken cancellationToken)
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
            return refused.Count > 0 ? new WriteOutcome.Invalid(refused) : new WriteOutcome.NotFound();
        }

        // A draft already refused is not stored: its problems are told, whichever version it was read at.
        if (write.Seen is { } seen && refused.Count == 0)
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
        var change = new Change<TTarget>(target, db, actor)
        {
            Refusals = new Refusals(refused, refusal => new FieldError(write.EntryField?.Invoke(refusal) ?? write.Fields.FieldOf(refusal.Rule), RuleMessages.Of(text, refusal))),
        };
        var refusals = change.Refusals;
        WriteOutcome outcome;
        try
        {
            outcome = await write.Apply(change, cancellationToken);
        }
        catch (DomainRuleException refusal)
        {
            // A refusal the write did not gather itself ends it, told with those gathered before it.
            refusals.Add(refusal);
            return new WriteOutcome.Invalid([.. refusals.Errors]);
        }

        if (outcome is WriteOutcome.Invalid invalid)
        {
            if (!refusals.Any)
            {
                return invalid;
            }

            refusals.Add(invalid.Errors);
        }

        // Every problem found is told at once, and nothing is saved: the transaction ends unsaved.
        if (refusals.Any)
        {
            return new WriteOutcome.Invalid([.. refusals.Errors]);
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
