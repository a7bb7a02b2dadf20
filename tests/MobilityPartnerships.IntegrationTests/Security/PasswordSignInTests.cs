using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.IntegrationTests.Security;

/// <summary>
/// No account enumeration by time: every way a password sign-in can go — no such e-mail, a wrong password, a locked,
/// deactivated or invited account, a single sign-on account, and success — verifies exactly one password hash.
/// (The answer itself is the same for every refusal: EndToEndTests' SignInTests.)
/// </summary>
public sealed class PasswordSignInTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const string Password = "Right-Password-2026!";
    private const string WrongPassword = "Wrong-Password-2026!";

    public static TheoryData<string> Cases => ["unknown e-mail", "no e-mail", "wrong password", "locked, right password", "locked, wrong password", "deactivated, right password", "invited, no password yet", "single sign-on account"];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_refused_password_sign_in_verifies_exactly_one_password_hash(string situation)
    {
        var hasher = new CountingPasswordHasher();
        await using var services = AppServices.Build(fixture.Database.ConnectionString, replace: s =>
        {
            s.RemoveAll<IPasswordHasher<Account>>();
            s.AddSingleton<IPasswordHasher<Account>>(hasher);
        });
        var (email, password) = await ArrangeAsync(services, situation);

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        hasher.Verifications = 0;
        var outcome = await scope.ServiceProvider.GetRequiredService<AccountSignInManager>().SignInWithPasswordAsync(email, password);

        Assert.False(outcome.Succeeded);
        Assert.Equal(1, hasher.Verifications);
    }

    [Fact]
    public async Task A_successful_sign_in_verifies_one_password_hash_and_starts_a_session()
    {
        var hasher = new CountingPasswordHasher();
        await using var services = AppServices.Build(fixture.Database.ConnectionString, replace: s =>
        {
            s.RemoveAll<IPasswordHasher<Account>>();
            s.AddSingleton<IPasswordHasher<Account>>(hasher);
        });
        var (email, password) = await ArrangeAsync(services, "right password");

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        hasher.Verifications = 0;
        var outcome = await scope.ServiceProvider.GetRequiredService<AccountSignInManager>().SignInWithPasswordAsync(email, password);

        Assert.True(outcome.Succeeded);
        Assert.Equal(1, hasher.Verifications);
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM sessions WHERE account_id = $1 AND ended_at IS NULL", outcome.AccountId!.Value));
    }

    /// <summary>Stores the account the situation needs and returns what is typed into the sign-in form.</summary>
    private static async Task<(string? Email, string Password)> ArrangeAsync(IServiceProvider services, string situation)
    {
        var email = $"sign-in-{Guid.NewGuid():N}@test.example";
        if (situation == "unknown e-mail")
        {
            return (email, Password);
        }

        if (situation == "no e-mail")
        {
            return (null, Password);
        }

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(SystemActor.Principal("Test setup", TimeProvider.System));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = new Account { Id = Guid.CreateVersion7(), UserName = email, Email = email, DisplayName = situation, Role = Role.TaskForceMember, CreatedAt = DateTimeOffset.UtcNow };
        if (situation == "single sign-on account")
        {
            account.ExternalProvider = "oidc";
        }

        var created = situation is "invited, no password yet" or "single sign-on account" ? await users.CreateAsync(account) : await users.CreateAsync(account, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        if (situation.StartsWith("locked", StringComparison.Ordinal))
        {
            await users.SetLockoutEndDateAsync(account, DateTimeOffset.UtcNow.AddHours(1));
        }

        if (situation.StartsWith("deactivated", StringComparison.Ordinal))
        {
            account.IsActive = false;
            await users.UpdateAsync(account);
        }

        return (email, situation.Contains("wrong", StringComparison.Ordinal) ? WrongPassword : Password);
    }

    /// <summary>The app's hasher (same algorithm and iterations), counting the hashes it verifies.</summary>
    private sealed class CountingPasswordHasher : IPasswordHasher<Account>
    {
        private readonly PasswordHasher<Account> inner = new();

        public int Verifications { get; set; }

        public string HashPassword(Account user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(Account user, string hashedPassword, string providedPassword)
        {
            Verifications++;
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
