using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.Meetings;

/// <summary>
/// The one way a change to a meeting is stored: the access rules first, then the form's rules, then the domain's,
/// against the version the user saw. A meeting changed by someone else in between is not written, and the user is
/// told who changed it. The change is given the acting user, so that what it records names them.
/// </summary>
public sealed class MeetingWrites(
    IDbContextFactory<AppDbContext> contexts,
    AccessControl access,
    ILogger<MeetingWrites> logger)
{
    /// <summary>What a change is given: the meeting (tracked), its context, and the acting user.</summary>
    public sealed record Change(Meeting Meeting, AppDbContext Db, Actor Actor);

    public async Task<WriteOutcome> WriteAsync<TDraft>(
        Operation operation,
        Guid meetingId,
        uint? version,
        IValidator<TDraft>? rules,
        TDraft draft,
        Func<DomainRuleException, string> fieldOf,
        Func<Change, Task<WriteOutcome>> apply,
        string what,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fieldOf);
        ArgumentNullException.ThrowIfNull(apply);
        switch (await access.CheckMeetingAsync(operation, meetingId, cancellationToken))
        {
            case AccessDecision.Refused refused:
                return new WriteOutcome.Refused(refused.Message);
            case AccessDecision.Missing:
                return new WriteOutcome.NotFound();
        }

        if (rules is not null)
        {
            var validation = await rules.ValidateAsync(draft, cancellationToken);
            if (!validation.IsValid)
            {
                return new WriteOutcome.Invalid(FieldError.From(validation));
            }
        }

        if (await access.ActorAsync(cancellationToken) is not { } actor)
        {
            return new WriteOutcome.NotFound();
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var meeting = await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
            if (meeting is null)
            {
                return new WriteOutcome.NotFound();
            }

            if (version is { } seen)
            {
                if (meeting.Version != seen)
                {
                    return await StaleAsync(db, meetingId, cancellationToken);
                }

                // The update is checked against the version this user read, even if someone saves in between.
                db.Entry(meeting).Property(m => m.Version).OriginalValue = seen;
            }

            WriteOutcome outcome;
            try
            {
                outcome = await apply(new Change(meeting, db, actor));
            }
            catch (DomainRuleException refusal)
            {
                return new WriteOutcome.Invalid([new FieldError(fieldOf(refusal), refusal.Message)]);
            }

            if (outcome is not (WriteOutcome.Done or WriteOutcome.Created))
            {
                return outcome;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
                return await StaleAsync(fresh, meetingId, cancellationToken);
            }

            return outcome;
        }
        catch (Exception exception) when (WriteFailure.IsDatabaseFailure(exception))
        {
            return new WriteOutcome.Failed(WriteFailure.Log(logger, exception, what));
        }
    }

    /// <summary>Who last changed the meeting, for the message telling the user their version is out of date.</summary>
    public static async Task<WriteOutcome> StaleAsync(AppDbContext db, Guid meetingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var id = meetingId.ToString();
        var last = await db.History.AsNoTracking()
            .Where(h => h.AggregateType == nameof(Meeting) && h.AggregateId == id)
            .OrderByDescending(h => h.Id)
            .Select(h => new { h.UserName, h.OccurredAt })
            .FirstOrDefaultAsync(cancellationToken);
        return new WriteOutcome.Stale(last?.UserName, last?.OccurredAt);
    }
}
