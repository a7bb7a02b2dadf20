using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Features.Users.Inviting;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Users.RenewingInvitations;

/// <summary>A new link for an account still without a password, e.g. when the first has expired. Nothing is written.</summary>
public sealed class RenewInvitation(Writes writes, IStringLocalizer<Strings> text, IServiceProvider services, Mail.Accounts.AccountMail mail)
{
    public async Task<WriteOutcome> ExecuteAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await writes.RunAsync(
            new Write<Account>
            {
                What = "renew invitation",
                Access = UserWrites.Access,
                Load = (db, ct) => db.Users.SingleOrDefaultAsync(a => a.Id == id, ct),
                Apply = async (change, _) =>
                {
                    var account = change.Target;
                    if (account.PasswordHash is not null || account.ExternalProvider is not null || !account.IsActive)
                    {
                        return UserWrites.FormError(text["Users_NoPendingInvitation", account.DisplayName]);
                    }

                    using var users = UserWrites.ManagerOver(services, change.Db);

                    // An outcome other than done: the write path returns it and saves nothing.
                    return new Invitation(account.Id, Invitation.LinkFor(account.Id, await users.GeneratePasswordResetTokenAsync(account)));
                },
            },
            cancellationToken);

        // Where e-mail is set up the invitee gets the new link too.
        if (outcome is Invitation invitation)
        {
            await mail.InvitationAsync(invitation.AccountId, invitation.Link, cancellationToken);
        }

        return outcome;
    }
}
