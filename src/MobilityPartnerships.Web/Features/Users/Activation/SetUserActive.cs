using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Security.Tokens;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Users.Activation;

/// <summary>
/// Deactivates an account (renewing its security stamp, which signs the user's sessions out, and revoking its personal
/// access tokens, so that a reactivation does not bring them back) or reactivates it. Nobody deactivates their own.
/// </summary>
public sealed class SetUserActive(Writes writes, IStringLocalizer<Strings> text, IServiceProvider services, TimeProvider clock)
{
    public async Task<WriteOutcome> ExecuteAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        var outcome = await writes.RunAsync(
            new Write<Account>
            {
                What = active ? "reactivate user" : "deactivate user",
                Access = UserWrites.Access,
                Load = (db, ct) => db.Users.SingleOrDefaultAsync(a => a.Id == id, ct),
                Apply = async (change, _) =>
                {
                    var account = change.Target;
                    if (!active && change.Actor.UserId == account.Id)
                    {
                        return new WriteOutcome.Refused(text["Users_CannotDeactivateSelf"]);
                    }

                    if (account.IsActive == active)
                    {
                        return new WriteOutcome.Done();
                    }

                    account.IsActive = active;
                    if (!active)
                    {
                        await AccessTokens.RevokeAllAsync(change.Db, account.Id, clock.GetUtcNow(), cancellationToken);
                    }

                    using var users = UserWrites.ManagerOver(services, change.Db);
                    var checkedByIdentity = active ? await users.UpdateAsync(account) : await users.UpdateSecurityStampAsync(account);
                    return checkedByIdentity.Succeeded ? new WriteOutcome.Done() : UserWrites.Refusal(text, checkedByIdentity, account.Email ?? string.Empty);
                },
            },
            cancellationToken);
        return UserWrites.StaleAsRefusal(text, outcome);
    }
}
