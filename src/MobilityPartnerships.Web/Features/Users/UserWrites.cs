using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Users;

/// <summary>
/// What the writes of users share. An account is an ASP.NET Identity user stored by the same <see cref="AppDbContext"/>
/// as everything else; Identity's own user manager (scoped, holding the scope's context) would save by itself, outside
/// the write path. So each write gets a user manager over the write's own context that does not save
/// (<see cref="ManagerOver"/>): Identity still checks, normalizes and renews the security stamp, and the write path
/// saves the account with its partnership assignments in one transaction, its refusals told like any other's.
/// </summary>
internal static class UserWrites
{
    private const string UserNameIndex = "UserNameIndex";

    /// <summary>The fields a change of user takes: all of the draft's.</summary>
    public static readonly string[] UpdatedFields =
        [nameof(UserDraft.Email), nameof(UserDraft.DisplayName), nameof(UserDraft.Role), nameof(UserDraft.OrganisationId), nameof(UserDraft.PartnershipIds)];

    public static Func<AccessControl, CancellationToken, Task<AccessDecision>> Access { get; } =
        (access, cancellationToken) => access.CheckAsync(Operation.ManageUsers, cancellationToken);

    /// <summary>Identity's user manager over the write's context; it leaves the saving to the write path.</summary>
    public static UserManager<Account> ManagerOver(IServiceProvider services, AppDbContext db) =>
        ActivatorUtilities.CreateInstance<UserManager<Account>>(
            services,
            new UserOnlyStore<Account, AppDbContext, Guid>(db, services.GetService<IdentityErrorDescriber>()) { AutoSaveChanges = false });

    /// <summary>The draft's rules, with the organisation's kind and the partnerships checked against what is stored.</summary>
    public static Func<CancellationToken, Task<ValidationResult>> Validation(
        IDbContextFactory<AppDbContext> contexts, IValidator<UserDraft> validator, IStringLocalizer<Strings> text, UserDraft draft, params string[] fields) =>
        async cancellationToken =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            OrganisationKind? kind = null;
            if (draft.OrganisationId is { } organisationId)
            {
                kind = await db.Organisations.Where(o => o.Id == organisationId).Select(o => (OrganisationKind?)o.Kind).SingleOrDefaultAsync(cancellationToken);
                if (kind is null)
                {
                    return new ValidationResult([new ValidationFailure(nameof(UserDraft.OrganisationId), text["Validation_Unknown"])]);
                }
            }

            var validation = await validator.ValidateAsync(UserDraftValidator.For(draft, kind, fields), cancellationToken);
            if (!validation.IsValid)
            {
                return validation;
            }

            var wanted = draft.PartnershipIds.Distinct().ToList();
            var known = await db.Partnerships.CountAsync(p => wanted.Contains(p.Id), cancellationToken);
            return known == wanted.Count ? validation : new ValidationResult([new ValidationFailure(nameof(UserDraft.PartnershipIds), text["Validation_Unknown"])]);
        };

    public static WriteOutcome.Invalid EmailUsed(IStringLocalizer<Strings> text, string email) => new([EmailUsedError(text, email)]);

    /// <summary>The sign-in the database keeps unique, should two administrators give the same e-mail at once.</summary>
    public static ConstraintRefusal EmailTaken(IStringLocalizer<Strings> text, string email) =>
        ConstraintRefusal.Unique(UserNameIndex, () => EmailUsedError(text, email));

    /// <summary>Identity's refusal, told at the e-mail where it is about the address, else for the form.</summary>
    public static WriteOutcome.Invalid Refusal(IStringLocalizer<Strings> text, IdentityResult result, string email)
    {
        ArgumentNullException.ThrowIfNull(result);
        var errors = result.Errors.Select(e => e.Code switch
        {
            nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => EmailUsedError(text, email),
            nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => new FieldError(nameof(UserDraft.Email), text["Validation_Email", email]),
            _ => new FieldError(FieldError.FormLevel, e.Description),
        });
        return new WriteOutcome.Invalid([.. errors.Distinct()]);
    }

    /// <summary>Someone else saved the account first: told as before, above the form.</summary>
    public static WriteOutcome StaleAsRefusal(IStringLocalizer<Strings> text, WriteOutcome outcome) =>
        outcome is WriteOutcome.Stale ? FormError(text["Users_Stale"]) : outcome;

    public static WriteOutcome.Invalid FormError(string message) => new([new FieldError(FieldError.FormLevel, message)]);

    private static FieldError EmailUsedError(IStringLocalizer<Strings> text, string email) =>
        new(nameof(UserDraft.Email), text["Validation_EmailUsed", email]);
}
