using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Data.Mail;

namespace MobilityPartnerships.Web.Features.Mail.Admin;

/// <summary>A message as the administrators' record shows it.</summary>
public sealed record MailRow(
    Guid Id, MailKind Kind, string ToName, string ToAddress, string Subject, DateTimeOffset CreatedAt, DateTimeOffset? SentAt,
    int Attempts, DateTimeOffset? NextAttemptAt, string? LastError, DateTimeOffset? GaveUpAt);

/// <summary>Where mail goes (<see cref="Transport"/> null: nowhere), how many wait, fail or were given up, and one page of messages, newest first.</summary>
public sealed record MailLog(bool Configured, string? Transport, int Waiting, int Failing, int GivenUp, int Total, IReadOnlyList<MailRow> Rows);

/// <summary>The record of every message (to whom, what, when, attempts and failures), for administrators only.</summary>
public sealed class ListMail(IDbContextFactory<AppDbContext> contexts, AccessControl access, IOptions<MailOptions> options)
{
    public const int PageSize = 50;

    public async Task<MailLog?> ExecuteAsync(int page, CancellationToken cancellationToken)
    {
        if (!(await access.CheckAsync(Operation.ManageUsers, cancellationToken)).IsAllowed)
        {
            return null;
        }

        var settings = options.Value;
        var transport = !settings.IsConfigured ? null
            : !string.IsNullOrWhiteSpace(settings.PickupDirectory) ? Path.GetFullPath(settings.PickupDirectory)
            : $"{settings.Host}:{settings.Port} ({settings.Tls})";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.MailMessages.AsNoTracking()
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Waiting = g.Count(m => m.SentAt == null && m.GaveUpAt == null),
                Failing = g.Count(m => m.SentAt == null && m.GaveUpAt == null && m.LastError != null),
                GivenUp = g.Count(m => m.GaveUpAt != null),
                Total = g.Count(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var rows = await db.MailMessages.AsNoTracking()
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip(Math.Max(page, 0) * PageSize).Take(PageSize)
            .Select(m => new MailRow(m.Id, m.Kind, m.ToName, m.ToAddress, m.Subject, m.CreatedAt, m.SentAt, m.Attempts, m.NextAttemptAt, m.LastError, m.GaveUpAt))
            .ToListAsync(cancellationToken);
        return new MailLog(settings.IsConfigured, transport, counts?.Waiting ?? 0, counts?.Failing ?? 0, counts?.GivenUp ?? 0, counts?.Total ?? 0, rows);
    }
}
