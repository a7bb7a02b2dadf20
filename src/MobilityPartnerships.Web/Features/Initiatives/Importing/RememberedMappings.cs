using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.Preferences;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>Remembers, per user, how they mapped a sheet's columns, and offers it again for a sheet with the same headers.</summary>
public sealed class RememberedMappings(IDbContextFactory<AppDbContext> contexts, ICurrentUser user, Writes writes, TimeProvider clock)
{
    /// <summary>The user's mapping for a sheet with these headers, or null when they never adjusted one.</summary>
    public async Task<ColumnMapping?> RecallAsync(ColumnMapping detected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(detected);
        if (await AccountIdAsync(cancellationToken) is not { } accountId)
        {
            return null;
        }

        var signature = SignatureOf(detected);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.Set<RememberedMapping>().AsNoTracking()
            .Where(m => m.AccountId == accountId && m.Signature == signature)
            .Select(m => m.Columns)
            .SingleOrDefaultAsync(cancellationToken);
        return stored is null ? null : detected with { Columns = Parse(stored, detected.Headers.Count) };
    }

    /// <summary>Stores, through the write path, the user's mapping for sheets with these headers; null when nobody is signed in.</summary>
    public async Task<WriteOutcome?> RememberAsync(Guid partnershipId, ColumnMapping mapping, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        if (await AccountIdAsync(cancellationToken) is not { } accountId)
        {
            return null;
        }

        var signature = SignatureOf(mapping);
        var columns = string.Join(';', mapping.Columns.OrderBy(c => c.Key).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key}={c.Value}")));
        return await writes.RunAsync(
            new Write<List<RememberedMapping>>
            {
                What = "remember a column mapping",
                Access = (access, ct) => access.CheckPartnershipAsync(Operation.AddInitiative, partnershipId, ct),
                Load = async (db, ct) => await db.Set<RememberedMapping>().Where(m => m.AccountId == accountId && m.Signature == signature).ToListAsync(ct),
                Apply = (change, _) =>
                {
                    if (change.Target.SingleOrDefault() is { } stored)
                    {
                        (stored.Columns, stored.UpdatedAt) = (columns, clock.GetUtcNow());
                    }
                    else
                    {
                        change.Db.Add(new RememberedMapping { AccountId = accountId, Signature = signature, Columns = columns, UpdatedAt = clock.GetUtcNow() });
                    }

                    return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
                },
                Constraints = [ConstraintRefusal.Unique("pk_remembered_mappings", () => new FieldError(FieldError.FormLevel, string.Empty))],
            },
            cancellationToken);
    }

    private async Task<Guid?> AccountIdAsync(CancellationToken cancellationToken) =>
        AccountClaims.UserIdOf(await user.PrincipalAsync(cancellationToken));

    private static string SignatureOf(ColumnMapping mapping) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(mapping.Signature)));

    private static Dictionary<int, InitiativeColumn> Parse(string stored, int columnCount)
    {
        var columns = new Dictionary<int, InitiativeColumn>();
        foreach (var pair in stored.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            if (pair.Split('=') is [var index, var name]
                && int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var column) && column < Math.Max(columnCount, 1) + 200
                && Enum.TryParse<InitiativeColumn>(name, out var value) && !columns.ContainsValue(value))
            {
                columns[column] = value;
            }
        }

        return columns;
    }
}
