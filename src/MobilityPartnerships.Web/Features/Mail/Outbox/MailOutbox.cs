using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.Mail;

namespace MobilityPartnerships.Web.Features.Mail.Outbox;

/// <summary>
/// The outbox: messages are stored first (in the database, so they survive a restart), then sent by
/// <see cref="Sending.MailDelivery"/>. Storing is idempotent by <see cref="MailMessage.Key"/>; sending claims one
/// message at a time with <c>FOR UPDATE SKIP LOCKED</c>, so two instances never send the same one.
/// </summary>
public sealed class MailOutbox(IDbContextFactory<AppDbContext> contexts, TimeProvider clock, IOptions<MailOptions> options)
{
    /// <summary>How long an instance holds a message it is sending before another may try it.</summary>
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Stores the message unless one with its key is there already, or its account is not there (or no longer active):
    /// messages go to accounts only. True when stored.
    /// </summary>
    public static async Task<bool> AddAsync(AppDbContext db, MailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        var kind = message.Kind.ToString();
        var stored = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO mail_messages (id, kind, key, account_id, to_address, to_name, subject, html_body, text_body, unsubscribe_url, created_at, attempts, next_attempt_at)
            SELECT {message.Id}, {kind}, {message.Key}, {message.AccountId}, {message.ToAddress}, {message.ToName}, {message.Subject}, {message.HtmlBody}, {message.TextBody}, {message.UnsubscribeUrl}, {message.CreatedAt}, 0, {message.CreatedAt}
            WHERE EXISTS (SELECT 1 FROM accounts a WHERE a.id = {message.AccountId} AND a.is_active)
            ON CONFLICT (key) DO NOTHING
            """,
            cancellationToken);
        return stored == 1;
    }

    /// <summary>Stores one message now, in a context of its own (invitations, password resets).</summary>
    public async Task<bool> AddAsync(MailMessage message, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await AddAsync(db, message, cancellationToken);
    }

    /// <summary>The next message due, claimed for this instance (its attempt counted); null when none is due.</summary>
    public async Task<MailMessage?> ClaimNextAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + ClaimFor;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claimed = await db.MailMessages
            .FromSql(
                $"""
                UPDATE mail_messages SET claimed_until = {until}, attempts = attempts + 1
                WHERE id = (SELECT id FROM mail_messages
                            WHERE next_attempt_at <= {now} AND (claimed_until IS NULL OR claimed_until < {now})
                            ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING *
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return claimed.SingleOrDefault();
    }

    public async Task SentAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.MailMessages.Where(m => m.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.SentAt, now).SetProperty(m => m.NextAttemptAt, (DateTimeOffset?)null)
                .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null).SetProperty(m => m.LastError, (string?)null),
            cancellationToken);
    }

    /// <summary>A failed attempt: tried again after a wait that doubles each time, or given up after the last attempt allowed.</summary>
    public async Task FailedAsync(MailMessage message, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = clock.GetUtcNow();
        var settings = options.Value;
        var givenUp = message.Attempts >= settings.MaxAttempts;
        DateTimeOffset? next = givenUp ? null : now + RetryAfter(settings.FirstRetryAfter, message.Attempts);
        DateTimeOffset? gaveUp = givenUp ? now : null;
        var reason = TextCharacters.Cut(error, 2000);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.MailMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.NextAttemptAt, next).SetProperty(m => m.GaveUpAt, gaveUp)
                .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null).SetProperty(m => m.LastError, reason),
            cancellationToken);
    }

    /// <summary>The wait after the given number of failed attempts: first, then twice as long each time (at most a day).</summary>
    public static TimeSpan RetryAfter(TimeSpan first, int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        var wait = TimeSpan.FromTicks((long)Math.Min(first.Ticks * factor, TimeSpan.FromDays(1).Ticks));
        return wait;
    }
}
