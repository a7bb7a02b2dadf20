using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Hosting.Languages;

namespace MobilityPartnerships.Web.Security.Accounts;

/// <summary>The language an account chose; a preference of the account's own, outside the records history tells of.</summary>
internal static class AccountLanguage
{
    public static async Task RememberAsync(IDbContextFactory<AppDbContext> contexts, Guid accountId, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(language);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(a => a.Id == accountId).ExecuteUpdateAsync(set => set.SetProperty(a => a.Language, language.Code), cancellationToken);
    }

    /// <summary>
    /// The language an account signs in with, kept where it has none yet (an account invited before invitations chose
    /// one), so that the mail it is sent speaks it rather than English; a choice already made stays.
    /// </summary>
    public static async Task RememberFirstAsync(IDbContextFactory<AppDbContext> contexts, Guid accountId, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(language);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(a => a.Id == accountId && a.Language == null).ExecuteUpdateAsync(set => set.SetProperty(a => a.Language, language.Code), cancellationToken);
    }
}
