using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Mail.Digests;
using MobilityPartnerships.Web.Features.Mail.Outbox;
using MobilityPartnerships.Web.Features.Mail.Reminders;
using MobilityPartnerships.Web.Features.Mail.Sending;
using MobilityPartnerships.Web.Data.Mail;

namespace MobilityPartnerships.Web.Features.Mail.Scheduling;

/// <summary>What one run composed and sent.</summary>
public sealed record MailRunOutcome(bool Composed, int Stored, int Sent);

/// <summary>
/// One run of the sending job: the reminders and digests due are composed and stored in the outbox by one instance
/// at a time (a transaction holding <c>pg_try_advisory_xact_lock</c>; an instance that does not get it leaves the
/// composing to the one that has it), then every instance sends what is due, each message claimed by one
/// (<see cref="MailOutbox.ClaimNextAsync"/>). See docs/decisions (mail outbox).
/// </summary>
public sealed class MailRun(
    IDbContextFactory<AppDbContext> contexts,
    ComposeReminders reminders,
    ComposeDigests digests,
    MailDelivery delivery,
    IOptions<MailOptions> options,
    ILogger<MailRun> logger)
{
    /// <summary>The advisory lock's key: "mail" in ASCII, the same for every instance on the database.</summary>
    public const long ComposeLock = 0x6D61696C;

    public async Task<MailRunOutcome> RunOnceAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsConfigured)
        {
            return new MailRunOutcome(false, 0, 0);
        }

        var (composed, stored) = await ComposeAsync(cancellationToken);
        var sent = await delivery.SendDueAsync(cancellationToken);
        return new MailRunOutcome(composed, stored, sent);
    }

    private async Task<(bool Composed, int Stored)> ComposeAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var mine = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({ComposeLock}) AS \"Value\"").ToListAsync(cancellationToken);
            if (!mine.Single())
            {
                logger.ComposingElsewhere();
                return (false, 0);
            }

            var messages = new List<MailMessage>();
            messages.AddRange(await reminders.ComposeAsync(db, cancellationToken));
            messages.AddRange(await digests.ComposeAsync(db, cancellationToken));
            var stored = 0;
            foreach (var message in messages)
            {
                stored += await MailOutbox.AddAsync(db, message, cancellationToken) ? 1 : 0;
            }

            await transaction.CommitAsync(cancellationToken);
            if (stored > 0)
            {
                logger.Composed(stored);
            }

            return (true, stored);
        });
    }
}
