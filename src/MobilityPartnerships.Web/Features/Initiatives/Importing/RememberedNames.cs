using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.Preferences;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>
/// Remembers, per user, which recorded organisation they said a name in a sheet stands for, and offers that answer
/// again when a later import names it the same way (shown as remembered, and open to change).
/// </summary>
public sealed class RememberedNames(IDbContextFactory<AppDbContext> contexts, ICurrentUser user, Writes writes, TimeProvider clock)
{
    /// <summary>The most answers recalled for one import, the latest first.</summary>
    public const int MaxRecalled = 5000;

    /// <summary>The decisions with the user's remembered answers for the names they do not decide yet.</summary>
    public async Task<ImportDecisions> RecallAsync(ImportDecisions decisions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        if (await AccountIdAsync(cancellationToken) is not { } accountId)
        {
            return decisions;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var remembered = await db.Set<RememberedName>().AsNoTracking()
            .Where(n => n.AccountId == accountId)
            .OrderByDescending(n => n.UpdatedAt)
            .Take(MaxRecalled)
            .Select(n => new { n.NameKey, n.OrganisationId })
            .ToListAsync(cancellationToken);
        foreach (var answer in remembered.Where(a => !decisions.Organisations.ContainsKey(a.NameKey)))
        {
            decisions = decisions.Recall(answer.NameKey, new OrganisationChoice.Existing(answer.OrganisationId));
        }

        return decisions;
    }

    /// <summary>
    /// Stores, through the write path, the answers in <paramref name="after"/> that name a recorded organisation and
    /// were not so in <paramref name="before"/>; null when there are none.
    /// </summary>
    public async Task<WriteOutcome?> RememberAsync(Guid partnershipId, ImportDecisions before, ImportDecisions after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var answers = after.Organisations
            .Where(a => a.Value is OrganisationChoice.Existing && !after.Remembered.Contains(a.Key) && !Equals(before.Organisations.GetValueOrDefault(a.Key), a.Value))
            .Where(a => a.Key.Length is > 0 and <= RememberedName.NameKeyMaxLength)
            .ToDictionary(a => a.Key, a => ((OrganisationChoice.Existing)a.Value).OrganisationId);
        if (answers.Count == 0 || await AccountIdAsync(cancellationToken) is not { } accountId)
        {
            return null;
        }

        var keys = answers.Keys.ToList();
        return await writes.RunAsync(
            new Write<List<RememberedName>>
            {
                What = "remember import answers",
                Access = (access, ct) => access.CheckPartnershipAsync(Operation.AddInitiative, partnershipId, ct),
                Load = async (db, ct) => await db.Set<RememberedName>().Where(n => n.AccountId == accountId && keys.Contains(n.NameKey)).ToListAsync(ct),
                Apply = (change, _) =>
                {
                    foreach (var (key, organisationId) in answers)
                    {
                        if (change.Target.Find(n => n.NameKey == key) is { } stored)
                        {
                            (stored.OrganisationId, stored.UpdatedAt) = (organisationId, clock.GetUtcNow());
                        }
                        else
                        {
                            change.Db.Add(new RememberedName { AccountId = accountId, NameKey = key, OrganisationId = organisationId, UpdatedAt = clock.GetUtcNow() });
                        }
                    }

                    return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
                },
                Constraints = [ConstraintRefusal.Unique("pk_remembered_names", () => new FieldError(FieldError.FormLevel, string.Empty))],
            },
            cancellationToken);
    }

    private async Task<Guid?> AccountIdAsync(CancellationToken cancellationToken) =>
        AccountClaims.UserIdOf(await user.PrincipalAsync(cancellationToken));
}
