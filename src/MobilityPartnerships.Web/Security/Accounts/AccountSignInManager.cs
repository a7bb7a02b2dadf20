using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Data;

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
    Sessions sessions,
    IDbContextFactory<AppDbContext> contexts,
    TimeProvider clock)
    : SignInManager<Account>(users, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static readonly Account Nobody = new() { Id = Guid.Empty, UserName = "nobody" };
    private static string? nobodysHash;

    public override async Task<bool> CanSignInAsync(Account user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsActive && await base.CanSignInAsync(user);
    }

    /// <summary>
    /// Every sign-in (password or single sign-on) starts a session, named in the cookie. An account that has no language
    /// yet keeps the one it signs in with, which its mail then speaks.
    /// </summary>
    public override async Task SignInWithClaimsAsync(Account user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Language is null)
        {
            await AccountLanguage.RememberFirstAsync(contexts, user.Id, Hosting.Languages.Language.Current, CancellationToken.None);
        }

        var session = await sessions.StartAsync(user.Id);
        await base.SignInWithClaimsAsync(user, authenticationProperties, [.. additionalClaims, new Claim(AccountClaims.Session, session.ToString())]);
    }

    /// <summary>
    /// Signs in with an e-mail and password. Every refusal — no such account, an account without a password here, a
    /// wrong password, a locked or deactivated account — verifies exactly one password hash (a fixed one of the same
    /// kind when there is no account's to verify) and is told apart only in the log, so neither the answer nor the
    /// time it takes says which it was. A wrong password counts towards the lockout; every refusal runs the same update statement.
    /// </summary>
    public async Task<PasswordSignIn> SignInWithPasswordAsync(string? email, string? password)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await UserManager.FindByEmailAsync(email.Trim());
        password ??= string.Empty;
        if (user is null || user.ExternalProvider is not null || string.IsNullOrEmpty(user.PasswordHash))
        {
            UserManager.PasswordHasher.VerifyHashedPassword(Nobody, NobodysHash(), password);
            await CountFailureAsync(null);
            return new PasswordSignIn(false, user is null ? "unknown account" : "no password here", user?.Id);
        }

        // CheckPasswordAsync verifies the hash once (and stores a stronger one when the hasher asks for it).
        var rightPassword = await UserManager.CheckPasswordAsync(user, password);
        var refusal = !await CanSignInAsync(user) ? "inactive"
            : await UserManager.IsLockedOutAsync(user) ? "locked"
            : !rightPassword ? "wrong password"
            : null;
        if (refusal is not null)
        {
            // Only a wrong password counts towards the lockout; every refusal runs the same statement all the same.
            await CountFailureAsync(refusal == "wrong password" ? user : null);
            return new PasswordSignIn(false, refusal, user.Id);
        }

        await UserManager.ResetAccessFailedCountAsync(user);
        await SignInAsync(user, isPersistent: false, authenticationMethod: "pwd");
        return new PasswordSignIn(true, "signed in", user.Id);
    }

    /// <summary>
    /// Counts a wrong password towards the lockout in one statement (atomic, so parallel guesses are all counted);
    /// with no account the same statement names none, so every refusal does the same work.
    /// </summary>
    private async Task CountFailureAsync(Account? user)
    {
        var lockout = Options.Lockout;
        var now = clock.GetUtcNow();
        var until = now + lockout.DefaultLockoutTimeSpan;
        var id = user?.Id ?? Guid.Empty;
        await using var db = await contexts.CreateDbContextAsync();
        await db.Database.ExecuteSqlAsync($"""
            UPDATE accounts SET
                access_failed_count = CASE WHEN access_failed_count + 1 >= {lockout.MaxFailedAccessAttempts} THEN 0 ELSE access_failed_count + 1 END,
                lockout_end = CASE WHEN access_failed_count + 1 >= {lockout.MaxFailedAccessAttempts} THEN {until} ELSE lockout_end END
            WHERE id = {id} AND lockout_enabled AND (lockout_end IS NULL OR lockout_end <= {now})
            """);
    }

    /// <summary>A hash of a random password, made by the same hasher (algorithm and iterations) as the accounts' own.</summary>
    private string NobodysHash() =>
        nobodysHash ??= UserManager.PasswordHasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
}

/// <summary>The outcome of a password sign-in: whether it succeeded, and why not (for the log only).</summary>
internal sealed record PasswordSignIn(bool Succeeded, string Reason, Guid? AccountId);
