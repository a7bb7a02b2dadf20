using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Users.Inviting;

/// <summary>
/// Invites a user: an account without a password, with its role, organisation, partnerships and language (the one
/// chosen for them, else the inviting administrator's), saved in one transaction; the outcome is an
/// <see cref="Invitation"/> with the link to set the password, mailed to them in their language.
/// </summary>
public sealed class InviteUser(
    Writes writes,
    IDbContextFactory<AppDbContext> contexts,
    IValidator<UserDraft> validator,
    IStringLocalizer<Strings> text,
    IServiceProvider services,
    Mail.Accounts.AccountMail mail,
    TimeProvider clock)
{
    public async Task<WriteOutcome> ExecuteAsync(UserDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var email = draft.Email.Trim();
        string? link = null;
        var outcome = await writes.RunAsync(
            new Write<NewAccount>
            {
                What = "invite user",
                Access = UserWrites.Access,
                Validate = UserWrites.Validation(contexts, validator, text, draft),
                Load = (_, _) => Task.FromResult<NewAccount?>(new NewAccount()),
                Apply = async (change, _) =>
                {
                    using var users = UserWrites.ManagerOver(services, change.Db);
                    if (await users.FindByEmailAsync(email) is not null)
                    {
                        return UserWrites.EmailUsed(text, email);
                    }

                    var account = new Account
                    {
                        Id = Guid.CreateVersion7(),
                        UserName = email,
                        Email = email,
                        DisplayName = TextCharacters.Normalised(draft.DisplayName),
                        Role = draft.Role,
                        OrganisationId = draft.OrganisationId,
                        CreatedAt = clock.GetUtcNow(),

                        // The invitee's language, kept on the account: the invitation and its renewals are written in it.
                        Language = (Hosting.Languages.Language.Find(draft.Language) ?? Hosting.Languages.Language.Current).Code,
                    };
                    change.Db.PartnershipAssignments
                        .AddRange(draft.PartnershipIds.Distinct().Select(p => new PartnershipAssignment { AccountId = account.Id, PartnershipId = p }));
                    var created = await users.CreateAsync(account);
                    if (!created.Succeeded)
                    {
                        return UserWrites.Refusal(text, created, email);
                    }

                    // The token holds the account's security stamp, set by Identity above and saved with the account.
                    link = Invitation.LinkFor(account.Id, await users.GeneratePasswordResetTokenAsync(account));
                    return new WriteOutcome.Created(account.Id);
                },
                Constraints = [UserWrites.EmailTaken(text, email)],
            },
            cancellationToken);
        if (outcome is not WriteOutcome.Created created || link is null)
        {
            return outcome;
        }

        // Where e-mail is set up the invitee gets the link too; the administrator sees it either way.
        await mail.InvitationAsync(created.Id, link, cancellationToken);
        return new Invitation(created.Id, link);
    }

    /// <summary>Nothing stored is needed to invite someone.</summary>
    private sealed record NewAccount;
}
