using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MobilityPartnerships.Web.Security.Accounts;

/// <summary>
/// Identity's sign-in, refusing deactivated accounts, starting a <see cref="Session"/> with every sign-in, and signing
/// in with a password so that no answer tells whether an account exists or how it stands.
/// </summary>
internal sealed class AccountSignInManager(
    UserManager<Account> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<Account> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<Account>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Account> confirmation,
    Sessions sessions)
    : SignInManager<Account>(users, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static readonly Account Nobody = new() { Id = Guid.Empty, UserName = "nobody" };
    private static string? nobodysHash;

    public override async Task<bool> CanSignInAsync(Account user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsActive && await base.CanSignInAsync(user);
    }

    /// <summary>Every sign-in (password or single sign-on) starts a session, named in the cookie.</summary>
    public override async Task SignInWithClaimsAsync(Account user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        ArgumentNullException.ThrowIfNull(user);
        var session = await sessions.StartAsync(user.Id);
        await base.SignInWithClaimsAsync(user, authenticationProperties, [.. additionalClaims, new Claim(AccountClaims.Session, session.ToString())]);
    }

    /// <summary>
    /// Signs in with an e-mail and password. Every refusal — no such account, an account without a password here, a
    /// wrong password, a locked or deactivated account — verifies exactly one password hash (a fixed one of the same
    /// kind when there is no account's to verify) and is told apart only in the log, so neither the answer nor the
    /// time it takes says which it was. A wrong password counts towards the lockout.
    /// </summary>
    public async Task<PasswordSignIn> SignInWithPasswordAsync(string? email, string? password)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await UserManager.FindByEmailAsync(email.Trim());
        password ??= string.Empty;
        if (user is null || user.ExternalProvider is not null || string.IsNullOrEmpty(user.PasswordHash))
        {
            UserManager.PasswordHasher.VerifyHashedPassword(Nobody, NobodysHash(), password);
            return new PasswordSignIn(false, user is null ? "unknown account" : "no password here", user?.Id);
        }

        // CheckPasswordAsync verifies the hash once (and stores a stronger one when the hasher asks for it).
        var rightPassword = await UserManager.CheckPasswordAsync(user, password);
        if (!await CanSignInAsync(user))
        {
            return new PasswordSignIn(false, "inactive", user.Id);
        }

        if (await UserManager.IsLockedOutAsync(user))
        {
            return new PasswordSignIn(false, "locked", user.Id);
        }

        if (!rightPassword)
        {
            await UserManager.AccessFailedAsync(user);
            return new PasswordSignIn(false, await UserManager.IsLockedOutAsync(user) ? "wrong password, now locked" : "wrong password", user.Id);
        }

        await UserManager.ResetAccessFailedCountAsync(user);
        await SignInAsync(user, isPersistent: false, authenticationMethod: "pwd");
        return new PasswordSignIn(true, "signed in", user.Id);
    }

    /// <summary>A hash of a random password, made by the same hasher (algorithm and iterations) as the accounts' own.</summary>
    private string NobodysHash() =>
        nobodysHash ??= UserManager.PasswordHasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
}

/// <summary>The outcome of a password sign-in: whether it succeeded, and why not (for the log only).</summary>
internal sealed record PasswordSignIn(bool Succeeded, string Reason, Guid? AccountId);
