using System.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;

/// <summary>
/// Publishes a partnership's scoreboard as it is now as its next numbered version, in the current user's name (see
/// <see cref="Operation.PublishScoreboard"/>). One transaction reads today's rows and the latest version and stores
/// the new one: a failure leaves no part of a version. Publishing what the latest version already shows is allowed,
/// and said.
/// </summary>
public sealed class PublishScoreboard(
    Writes writes,
    IValidator<PublishDraft> validator,
    TimeProvider clock,
    IStringLocalizer<Strings> text,
    Components.Common.Moments moments,
    ILogger<PublishScoreboard> logger)
{
    /// <summary>The unique index that numbers versions once per partnership; two publications at once meet here.</summary>
    public const string NumberIndex = "ix_published_scoreboards_partnership_id_number";

    /// <remarks>
    /// The new version is <see cref="WriteOutcome.Created"/> under its id, with a notice when it shows what the version
    /// before it showed. Someone else publishing at the same moment is a form-level <see cref="WriteOutcome.Invalid"/>:
    /// nothing was stored, and trying again works.
    /// </remarks>
    public async Task<WriteOutcome> ExecuteAsync(Guid partnershipId, PublishDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        (int Number, int Rows, Guid UserId) logged = default;
        var outcome = await writes.RunAsync(
            new Write<Publication>
            {
                What = "publish scoreboard",
                LongWork = true,
                Access = (access, ct) => access.CheckPartnershipAsync(Operation.PublishScoreboard, partnershipId, ct),
                Validate = DraftValidation.Of(validator, draft),

                // Today's rows and the latest version, read as of one moment, and the new version stored in the same transaction.
                Isolation = IsolationLevel.RepeatableRead,
                Load = async (db, ct) =>
                {
                    var name = await db.Partnerships.Where(p => p.Id == partnershipId).Select(p => p.Name).SingleOrDefaultAsync(ct);
                    return name is null ? null : new Publication(partnershipId, name);
                },
                Apply = async (change, ct) =>
                {
                    var db = change.Db;
                    if (draft.MeetingId is { } meetingId && !await db.Meetings.AnyAsync(m => m.Id == meetingId && m.PartnershipId == partnershipId && m.CancelledAt == null, ct))
                    {
                        return new WriteOutcome.Invalid([new FieldError(nameof(PublishDraft.MeetingId), text["Published_MeetingElsewhere"])]);
                    }

                    var rows = await ScoreboardSnapshot.TakeAsync(db, partnershipId, ct);
                    var latest = await db.PublishedScoreboards.AsNoTracking()
                        .Where(p => p.PartnershipId == partnershipId)
                        .OrderByDescending(p => p.Number)
                        .FirstOrDefaultAsync(ct);
                    var version = PublishedScoreboard.Publish(partnershipId, change.Target.Name, (latest?.Number ?? 0) + 1, clock.GetUtcNow(), change.Actor.Name, draft.MeetingId, draft.Note, rows);
                    db.PublishedScoreboards.Add(version);

                    var notice = latest is not null && ScoreboardComparison.Between(latest.Initiatives, version.Initiatives, InitiativeFields.ComparedReaders).IsEmpty
                        ? text["Published_Unchanged", latest.Number, text.Day(moments.Day(latest.PublishedAt))].Value
                        : null;
                    logged = (version.Number, version.Initiatives.Count, change.Actor.UserId);
                    return new WriteOutcome.Created(version.Id, Notice: notice);
                },
                Constraints = [ConstraintRefusal.Unique(NumberIndex, () => new FieldError(FieldError.FormLevel, text["Published_Clash"]))],
            },
            cancellationToken);

        if (outcome is WriteOutcome.Created)
        {
            logger.Published(partnershipId, logged.Number, logged.Rows, logged.UserId);
        }

        return outcome;
    }

    /// <summary>The partnership whose scoreboard is published, by the name it has now.</summary>
    private sealed record Publication(Guid PartnershipId, string Name);
}
