using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Hosting.Languages;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.IntegrationTests.Security;

/// <summary>Identity's own refusals (password rules, an e-mail address in use, a link that expired) reach a French-speaking user in French.</summary>
public sealed class IdentityTextsInFrenchTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_password_rules_are_told_in_the_users_language()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = new Account { Id = Guid.CreateVersion7(), UserName = "new@test.example", Email = "new@test.example", DisplayName = "New" };

        var french = await Language.In("fr", () => RefusalsAsync(users, account, "aaaa"));
        var english = await Language.In("en", () => RefusalsAsync(users, account, "aaaa"));

        Assert.Equal(
            [nameof(IdentityErrorDescriber.PasswordTooShort), nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric), nameof(IdentityErrorDescriber.PasswordRequiresDigit), nameof(IdentityErrorDescriber.PasswordRequiresUpper), nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars)],
            french.Select(e => e.Code));
        Assert.Equal(french.Select(e => e.Code), english.Select(e => e.Code));
        Assert.Contains("au moins 12 caractères", french[0].Description, StringComparison.Ordinal);
        Assert.Contains("at least 12 characters", english[0].Description, StringComparison.Ordinal);
        Assert.All(french.Zip(english), pair => Assert.NotEqual(pair.Second.Description, pair.First.Description));
    }

    [Fact]
    public async Task An_email_address_in_use_and_an_expired_link_are_told_in_french_to_a_french_user()
    {
        var existing = await TestAccounts.CreateAsync(fixture, "Already here", Role.Administrator);
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var stored = (await users.FindByIdAsync(AccountClaims.UserIdOf(existing)!.Value.ToString()))!;
        var twin = new Account { Id = Guid.CreateVersion7(), UserName = stored.Email, Email = stored.Email, DisplayName = "Twin" };

        var duplicate = await Language.In("fr", () => users.UserValidators[0].ValidateAsync(users, twin));
        var expired = await Language.In("fr", () => users.ResetPasswordAsync(stored, "not-a-token", "Un-mot-de-passe-2026"));

        Assert.Contains(duplicate.Errors, e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail) && e.Description == $"Un autre compte utilise déjà l'adresse électronique «\u00a0{stored.Email}\u00a0».");
        var invalid = Assert.Single(expired.Errors);
        Assert.Equal((nameof(IdentityErrorDescriber.InvalidToken), "Le lien a expiré ou a déjà servi. Demandez-en un nouveau."), (invalid.Code, invalid.Description));
    }

    [Fact]
    public void Every_refusal_identity_can_describe_has_a_text_of_its_own_in_each_language()
    {
        using var scope = fixture.Services.CreateScope();
        var describer = scope.ServiceProvider.GetRequiredService<IdentityErrorDescriber>();
        var methods = typeof(IdentityErrorDescriber).GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.IsVirtual && m.ReturnType == typeof(IdentityError)).ToList();
        Assert.True(methods.Count >= 22, $"Only {methods.Count} refusals found.");

        var identitys = new IdentityErrorDescriber();
        foreach (var method in methods)
        {
            var arguments = method.GetParameters().Select(p => p.ParameterType == typeof(int) ? (object)7 : "someone@test.example").ToArray();
            var english = Language.In("en", () => (IdentityError)method.Invoke(describer, arguments)!);
            var french = Language.In("fr", () => (IdentityError)method.Invoke(describer, arguments)!);

            Assert.Equal(method.Name, french.Code);
            Assert.NotEqual(((IdentityError)method.Invoke(identitys, arguments)!).Description, english.Description);
            Assert.NotEqual(english.Description, french.Description);
            Assert.DoesNotContain("{", french.Description, StringComparison.Ordinal);
        }
    }

    private static async Task<List<IdentityError>> RefusalsAsync(UserManager<Account> users, Account account, string password)
    {
        var result = await users.PasswordValidators[0].ValidateAsync(users, account, password);
        return [.. result.Errors];
    }
}
