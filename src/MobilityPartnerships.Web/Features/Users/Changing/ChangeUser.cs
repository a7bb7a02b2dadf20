using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Users.Changing;

/// <summary>
/// Changes a user's e-mail, name, role, organisation and partnerships. The e-mail is the sign-in: a new one must be
/// free, and like a change of access it renews the security stamp, which signs the user's sessions out. An administrator
/// may not take away their own role, so that an administrator always remains.
/// </summary>
public sealed class ChangeUser(
    Writes writes,
    IDbContextFactory<AppDbContext> contexts,
    IValidator<UserDraft> validator,
    IStringLocalizer<Strings> text,
    IServiceProvider services)
{
    public async Task<WriteOutcome> ExecuteAsync(Guid id, UserDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var email = draft.Email.Trim();
        var outcome = await writes.RunAsync(
            new Write<Account>
            {
                What = "update user",
                Access = UserWrites.Access,
                Validate = UserWrites.Validation(contexts, validator, text, draft, UserWrites.UpdatedFields),
                Load = (db, ct) => db.Users.SingleOrDefaultAsync(a => a.Id == id, ct),
                Apply = (change, ct) => ChangeAsync(change, draft, email, ct),
                Constraints = [UserWrites.EmailTaken(text, email)],
            },
            cancellationToken);
        return UserWrites.StaleAsRefusal(text, outcome);
    }

    private async Task<WriteOutcome> ChangeAsync(Change<Account> change, UserDraft draft, string email, CancellationToken cancellationToken)
    {
        var (account, db) = (change.Target, change.Db);

        // The acting administrator stays one: so there is always an administrator left to manage users (another may
        // still change them, as they may not deactivate themselves).
        if (change.Actor.UserId == account.Id && account.Role == Role.Administrator && draft.Role != Role.Administrator)
        {
            return new WriteOutcome.Refused(text["Users_CannotLeaveAdministratorSelf"]);
        }

        using var users = UserWrites.ManagerOver(services, db);
        var emailChanged = !string.Equals(account.Email, email, StringComparison.OrdinalIgnoreCase);
        if (emailChanged && await users.FindByEmailAsync(email) is { } holder && holder.Id != account.Id)
        {
            return UserWrites.EmailUsed(text, email);
        }

        var assigned = await db.PartnershipAssignments.Where(a => a.AccountId == account.Id).ToListAsync(cancellationToken);
        var wanted = draft.PartnershipIds.ToHashSet();
        var accessChanged = account.Role != draft.Role || account.OrganisationId != draft.OrganisationId || !wanted.SetEquals(assigned.Select(a => a.PartnershipId));

        if (!string.Equals(account.Email, email, StringComparison.Ordinal))
        {
            // Identity normalizes both and checks them unique.
            account.Email = email;
            account.UserName = email;
        }

        account.DisplayName = TextCharacters.Normalised(draft.DisplayName);
        account.Role = draft.Role;
        account.OrganisationId = draft.OrganisationId;
        db.PartnershipAssignments.RemoveRange(assigned.Where(a => !wanted.Contains(a.PartnershipId)));
        db.PartnershipAssignments.AddRange(wanted.Except(assigned.Select(a => a.PartnershipId)).Select(p => new PartnershipAssignment { AccountId = account.Id, PartnershipId = p }));

        var checkedByIdentity = accessChanged || emailChanged ? await users.UpdateSecurityStampAsync(account) : await users.UpdateAsync(account);
        return checkedByIdentity.Succeeded ? new WriteOutcome.Done() : UserWrites.Refusal(text, checkedByIdentity, email);
    }
}
