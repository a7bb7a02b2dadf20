using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Security.Accounts;

/// <summary>
/// Identity's own refusals (password rules, an e-mail address in use, a link that expired…) in the user's language, from
/// Strings.resx: "Identity_{Identity's code}", and for the password rules the texts the invitation page shows.
/// The codes stay Identity's, so code that tells refusals apart by code reads them as before.
/// </summary>
public sealed class AccountErrorDescriber(IStringLocalizer<Strings> text) : IdentityErrorDescriber
{
    public const string Prefix = "Identity_";

    public override IdentityError DefaultError() => Error(nameof(DefaultError));

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure));

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch));

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken));

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed));

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated));

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), userName ?? string.Empty);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), email ?? string.Empty);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), userName);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), email);

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), role ?? string.Empty);

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), role);

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword));

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled));

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), role);

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), role);

    public override IdentityError PasswordTooShort(int length) => Password(nameof(PasswordTooShort), length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Password(nameof(PasswordRequiresUniqueChars), uniqueChars);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Password(nameof(PasswordRequiresNonAlphanumeric));

    public override IdentityError PasswordRequiresDigit() => Password(nameof(PasswordRequiresDigit));

    public override IdentityError PasswordRequiresLower() => Password(nameof(PasswordRequiresLower));

    public override IdentityError PasswordRequiresUpper() => Password(nameof(PasswordRequiresUpper));

    private IdentityError Error(string code, params object[] values) =>
        new() { Code = code, Description = text[Prefix + code, values] };

    /// <summary>The password rules, worded as the invitation page words them ("Invitation_PasswordTooShort").</summary>
    private IdentityError Password(string code, params object[] values) =>
        new() { Code = code, Description = text["Invitation_" + code, values] };
}
