using System.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards;

/// <summary>
/// Publishes a partnership's scoreboard as it is now as its next numbered version, in the current user's name (see
/// <see cref="Operation.PublishScoreboard"/>). One transaction reads today's rows and the latest version and stores
/// the new one: a failure leaves no part of a version. Publishing what the latest version already shows is allowed,
/// and said.
/// </summary>
public sealed class PublishScoreboard(
    IDbContextFactory<AppDbContext> contexts,
    IValidator<PublishDraft> validator,
    AccessControl access,
    TimeProvider clock,
    IStringLocalizer<Strings> text,
    ILogger<PublishScoreboard> logger)
{
    /// <summary>The unique index that numbers versions once per partnership; two publications at once meet here.</summary>
    public const string NumberIndex = "ix_published_scoreboards_partnership_id_number";

    public async Task<PublishOutcome> ExecuteAsync(Guid partnershipId, PublishDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var validation = await validator.ValidateAsync(draft, cancellationToken);
        if (!validation.IsValid)
        {
            return new PublishOutcome.Invalid(FieldError.From(validation));
        }

        switch (await access.CheckPartnershipAsync(Operation.PublishScoreboard, partnershipId, cancellationToken))
        {
            case AccessDecision.Refused refused:
                return new PublishOutcome.Refused(refused.Message);
            case AccessDecision.Missing:
                return new PublishOutcome.NotFound();
        }

        if (await access.ActorAsync(cancellationToken) is not { } actor)
        {
            return new PublishOutcome.NotFound();
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
                var name = await db.Partnerships.Where(p => p.Id == partnershipId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
                if (name is null)
                {
                    return new PublishOutcome.NotFound();
                }

                if (draft.MeetingId is { } meetingId && !await db.Meetings.AnyAsync(m => m.Id == meetingId && m.PartnershipId == partnershipId, cancellationToken))
                {
                    return new PublishOutcome.Invalid([new FieldError(nameof(PublishDraft.MeetingId), text["Published_MeetingElsewhere"])]);
                }

                var rows = await ScoreboardSnapshot.TakeAsync(db, partnershipId, cancellationToken);
                var latest = await db.PublishedScoreboards.AsNoTracking()
                    .Where(p => p.PartnershipId == partnershipId)
                    .OrderByDescending(p => p.Number)
                    .FirstOrDefaultAsync(cancellationToken);
                var version = PublishedScoreboard.Publish(partnershipId, name, (latest?.Number ?? 0) + 1, clock.GetUtcNow(), actor.Name, draft.MeetingId, draft.Note, rows);
                db.PublishedScoreboards.Add(version);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);

                var notice = latest is not null && ScoreboardComparison.Between(latest.Initiatives, version.Initiatives).IsEmpty
                    ? text["Published_Unchanged", latest.Number, text.Day(DateOnly.FromDateTime(latest.PublishedAt.UtcDateTime))].Value
                    : null;
                logger.Published(partnershipId, version.Number, version.Initiatives.Count, actor.UserId);
                return (PublishOutcome)new PublishOutcome.Published(version.Number, version.PublishedAt, notice);
            });
        }
        catch (DbUpdateException clash) when (DatabaseErrors.IsUniqueViolation(clash, NumberIndex))
        {
            return new PublishOutcome.Clashed(text["Published_Clash"]);
        }
        catch (DomainRuleException refusal)
        {
            return new PublishOutcome.Invalid([new FieldError(FieldError.FormLevel, refusal.Message)]);
        }
        catch (Exception exception) when (WriteFailure.IsDatabaseFailure(exception))
        {
            return new PublishOutcome.Failed(WriteFailure.Log(logger, exception, "publish scoreboard"));
        }
    }
}
