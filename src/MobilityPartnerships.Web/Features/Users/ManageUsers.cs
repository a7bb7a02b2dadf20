using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.Web.Features.Users;

/// <summary>
/// The administrator's list of users: inviting one (an account without a password, and a link to set it),
/// changing their role, organisation and partnerships, and deactivating or reactivating them. A change of
/// access or a deactivation renews the account's security stamp, so open sessions lose their user at the next check.
/// </summary>
public sealed class ManageUsers(
    IDbContextFactory<AppDbContext> contexts,
    IServiceScopeFactory scopes,
    ICurrentUser currentUser,
    IValidator<UserDraft> validator,
    IStringLocalizer<Strings> text,
    AccessControl access,
    TimeProvider clock,
    ILogger<ManageUsers> logger)
{
    private const string UserNameIndex = "UserNameIndex";

    private static readonly string[] UpdatedFields =
        [nameof(UserDraft.Email), nameof(UserDraft.DisplayName), nameof(UserDraft.Role), nameof(UserDraft.OrganisationId), nameof(UserDraft.PartnershipIds)];

    private async Task<WriteOutcome.Refused?> MayNotAsync(CancellationToken cancellationToken) =>
        await access.CheckAsync(Operation.ManageUsers, cancellationToken) is AccessDecision.Refused refused ? new WriteOutcome.Refused(refused.Message) : null;

    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken cancellationToken)
    {
        if (await MayNotAsync(cancellationToken) is not null)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var accounts = await db.Users.AsNoTracking()
            .OrderBy(a => a.DisplayName)
            .Select(a => new
            {
                a.Id,
                a.DisplayName,
                a.Email,
                a.Role,
                a.OrganisationId,
                Organisation = db.Organisations.Where(o => o.Id == a.OrganisationId).Select(o => o.ShortName ?? o.Name).FirstOrDefault(),
                Partnerships = db.Partnerships
                    .Where(p => db.PartnershipAssignments.Any(x => x.AccountId == a.Id && x.PartnershipId == p.Id))
                    .OrderBy(p => p.Name)
                    .Select(p => new Choice(p.Id, p.Name))
                    .ToList(),
                a.IsActive,
                a.LockoutEnd,
                HasPassword = a.PasswordHash != null,
                a.ExternalProvider,
            })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. accounts.Select(a => new UserRow(
            a.Id, a.DisplayName, a.Email ?? string.Empty, a.Role, a.OrganisationId, a.Organisation, a.Partnerships, a.IsActive,
            a.LockoutEnd > now ? a.LockoutEnd : null,
            InvitationPending: !a.HasPassword && a.ExternalProvider is null,
            a.ExternalProvider))];
    }

    public async Task<UserChoices> ChoicesAsync(CancellationToken cancellationToken)
    {
        if (await MayNotAsync(cancellationToken) is not null)
        {
            return UserChoices.None;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking()
            .OrderBy(o => o.ShortName ?? o.Name)
            .Select(o => new OrganisationChoice(o.Id, o.ShortName ?? o.Name, o.Kind))
            .ToListAsync(cancellationToken);
        var partnerships = await db.Partnerships.AsNoTracking()
            .OrderBy(p => p.Name)
            .Select(p => new Choice(p.Id, p.Name))
            .ToListAsync(cancellationToken);
        return new UserChoices(organisations, partnerships);
    }

    /// <summary>Creates the account without a password; the outcome is an <see cref="Invitation"/> with the link to set one.</summary>
    public async Task<WriteOutcome> InviteAsync(UserDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (await MayNotAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var email = draft.Email.Trim();
        try
        {
            if (await ValidateAsync(draft, [], cancellationToken) is { } invalid)
            {
                return invalid;
            }

            await using var scope = await ActingScopeAsync(cancellationToken);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            if (await users.FindByEmailAsync(email) is not null)
            {
                return EmailUsed(email);
            }

            var account = new Account
            {
                Id = Guid.CreateVersion7(),
                UserName = email,
                Email = email,
                DisplayName = draft.DisplayName.Trim(),
                Role = draft.Role,
                OrganisationId = draft.OrganisationId,
                CreatedAt = clock.GetUtcNow(),
            };

            // Saved with the account, in the same transaction.
            scope.ServiceProvider.GetRequiredService<AppDbContext>().PartnershipAssignments
                .AddRange(draft.PartnershipIds.Distinct().Select(p => new PartnershipAssignment { AccountId = account.Id, PartnershipId = p }));
            var created = await users.CreateAsync(account);
            if (!created.Succeeded)
            {
                return Refusal(created, email);
            }

            return new Invitation(account.Id, Invitation.LinkFor(account.Id, await users.GeneratePasswordResetTokenAsync(account)));
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception, UserNameIndex))
        {
            return EmailUsed(email);
        }
        catch (Exception exception) when (WriteFailure.IsDatabaseFailure(exception))
        {
            return new WriteOutcome.Failed(WriteFailure.Log(logger, exception, "invite user"));
        }
    }

    /// <summary>A new link for an account still without a password, e.g. when the first has expired.</summary>
    public async Task<WriteOutcome> RenewInvitationAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await MayNotAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        try
        {
            await using var scope = await ActingScopeAsync(cancellationToken);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            var account = await users.FindByIdAsync(id.ToString());
            if (account is null)
            {
                return new WriteOutcome.NotFound();
            }

            if (account.PasswordHash is not null || account.ExternalProvider is not null || !account.IsActive)
            {
                return FormError(text["Users_NoPendingInvitation", account.DisplayName]);
            }

            return new Invitation(account.Id, Invitation.LinkFor(account.Id, await users.GeneratePasswordResetTokenAsync(account)));
        }
        catch (Exception exception) when (WriteFailure.IsDatabaseFailure(exception))
        {
            return new WriteOutcome.Failed(WriteFailure.Log(logger, exception, "renew invitation"));
        }
    }

    /// <summary>
    /// Changes e-mail, name, role, organisation and partnerships. The e-mail is the sign-in: a new one must be free, and
    /// like a change of access it signs the user's sessions out.
    /// </summary>
    public async Task<WriteOutcome> UpdateAsync(Guid id, UserDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (await MayNotAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        try
        {
            if (await ValidateAsync(draft, UpdatedFields, cancellationToken) is { } invalid)
            {
                return invalid;
            }

            await using var scope = await ActingScopeAsync(cancellationToken);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var account = await users.FindByIdAsync(id.ToString());
            if (account is null)
            {
                return new WriteOutcome.NotFound();
            }

            var email = draft.Email.Trim();
            var emailChanged = !string.Equals(account.Email, email, StringComparison.OrdinalIgnoreCase);
            if (emailChanged && await users.FindByEmailAsync(email) is { } holder && holder.Id != id)
            {
                return EmailUsed(email);
            }

            var assigned = await db.PartnershipAssignments.Where(a => a.AccountId == id).ToListAsync(cancellationToken);
            var wanted = draft.PartnershipIds.ToHashSet();
            var accessChanged = account.Role != draft.Role || account.OrganisationId != draft.OrganisationId || !wanted.SetEquals(assigned.Select(a => a.PartnershipId));

            if (!string.Equals(account.Email, email, StringComparison.Ordinal))
            {
                // Identity normalizes both and checks them unique when it saves.
                account.Email = email;
                account.UserName = email;
            }

            account.DisplayName = draft.DisplayName.Trim();
            account.Role = draft.Role;
            account.OrganisationId = draft.OrganisationId;
            db.PartnershipAssignments.RemoveRange(assigned.Where(a => !wanted.Contains(a.PartnershipId)));
            db.PartnershipAssignments.AddRange(wanted.Except(assigned.Select(a => a.PartnershipId)).Select(p => new PartnershipAssignment { AccountId = id, PartnershipId = p }));

            // Identity saves the account and, with it, the assignments tracked by the same context.
            var saved = accessChanged || emailChanged ? await users.UpdateSecurityStampAsync(account) : await users.UpdateAsync(account);
            return saved.Succeeded ? new WriteOutcome.Done() : Refusal(saved, email);
        }
        catch (Exception exception) when (WriteFailure.IsDatabaseFailure(exception))
        {
            return new WriteOutcome.Failed(WriteFailure.Log(logger, exception, "update user"));
        }
    }

    /// <summary>Deactivates (signing the user's sessions out) or reactivates an account. Nobody deactivates their own.</summary>
    public async Task<WriteOutcome> SetActiveAsync(Guid id, bool active, CancellationToken cancellationToken)
    {
        if (await MayNotAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!active && AccountClaims.UserIdOf(await currentUser.PrincipalAsync(cancellationToken)) == id)
        {
            return new WriteOutcome.Refused(text["Users_CannotDeactivateSelf"]);
        }

        try
        {
            await using var scope = await ActingScopeAsync(cancellationToken);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            var account = await users.FindByIdAsync(id.ToString());
            if (account is null)
            {
                return new WriteOutcome.NotFound();
            }

            if (account.IsActive == active)
            {
                return new WriteOutcome.Done();
            }

            account.IsActive = active;
            var saved = active ? await users.UpdateAsync(account) : await users.UpdateSecurityStampAsync(account);
            return saved.Succeeded ? new WriteOutcome.Done() : Refusal(saved, account.Email ?? string.Empty);
        }
        catch (Exception exception) when (WriteFailure.IsDatabaseFailure(exception))
        {
            return new WriteOutcome.Failed(WriteFailure.Log(logger, exception, active ? "reactivate user" : "deactivate user"));
        }
    }

    /// <summary>
    /// A scope of its own for one operation: Identity's user manager holds a context, which must not live as long as
    /// a page's circuit. The scope's <see cref="CurrentUser"/> is told to act for whoever acts here, so that the
    /// history of the change names the administrator; a new scope would otherwise know nobody.
    /// </summary>
    private async Task<AsyncServiceScope> ActingScopeAsync(CancellationToken cancellationToken)
    {
        var principal = await currentUser.PrincipalAsync(cancellationToken);
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(principal);
        return scope;
    }

    /// <summary>The draft's rules, with the organisation's kind and the partnerships checked against what is stored.</summary>
    private async Task<WriteOutcome.Invalid?> ValidateAsync(UserDraft draft, string[] fields, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        OrganisationKind? kind = null;
        if (draft.OrganisationId is { } organisationId)
        {
            kind = await db.Organisations.Where(o => o.Id == organisationId).Select(o => (OrganisationKind?)o.Kind).SingleOrDefaultAsync(cancellationToken);
            if (kind is null)
            {
                return new WriteOutcome.Invalid([new FieldError(nameof(UserDraft.OrganisationId), text["Validation_Unknown"])]);
            }
        }

        var validation = await validator.ValidateAsync(UserDraftValidator.For(draft, kind, fields), cancellationToken);
        if (!validation.IsValid)
        {
            return new WriteOutcome.Invalid(FieldError.From(validation));
        }

        var wanted = draft.PartnershipIds.Distinct().ToList();
        var known = await db.Partnerships.CountAsync(p => wanted.Contains(p.Id), cancellationToken);
        return known == wanted.Count ? null : new WriteOutcome.Invalid([new FieldError(nameof(UserDraft.PartnershipIds), text["Validation_Unknown"])]);
    }

    private WriteOutcome.Invalid EmailUsed(string email) =>
        new([new FieldError(nameof(UserDraft.Email), text["Validation_EmailUsed", email])]);

    /// <summary>Identity's refusal, told at the e-mail where it is about the address, else for the form.</summary>
    private WriteOutcome.Invalid Refusal(IdentityResult result, string email)
    {
        var errors = result.Errors.Select(e => e.Code switch
        {
            nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => new FieldError(nameof(UserDraft.Email), text["Validation_EmailUsed", email]),
            nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => new FieldError(nameof(UserDraft.Email), text["Validation_Email", email]),
            nameof(IdentityErrorDescriber.ConcurrencyFailure) => new FieldError(FieldError.FormLevel, text["Users_Stale"]),
            _ => new FieldError(FieldError.FormLevel, e.Description),
        });
        return new WriteOutcome.Invalid([.. errors.Distinct()]);
    }

    private static WriteOutcome.Invalid FormError(string message) => new([new FieldError(FieldError.FormLevel, message)]);
}
