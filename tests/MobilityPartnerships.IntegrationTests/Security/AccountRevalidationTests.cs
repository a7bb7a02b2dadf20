using System.Reflection;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.IntegrationTests.Security;

/// <summary>
/// An open page's periodic check of its user, when the page closes while the check reads the database: the check ends as
/// the framework's loop expects a cancelled wait to end (a cancellation of the page's own token), so that nothing is
/// logged as an error and the closing page is not reported as having lost its user.
/// </summary>
public sealed class AccountRevalidationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_check_cancelled_by_the_closing_page_ends_as_that_pages_cancellation()
    {
        var user = await TestAccounts.CreateAsync(fixture, "Revalidated reader", Role.TaskForceMember);
        await using var scope = fixture.As(user);
        var revalidation = Assert.IsType<AccountRevalidation>(scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>());
        var validate = typeof(AccountRevalidation).GetMethod("ValidateAuthenticationStateAsync", BindingFlags.Instance | BindingFlags.NonPublic)!;
        using var closing = new CancellationTokenSource();
        await closing.CancelAsync();

        var cancelled = await Assert.ThrowsAnyAsync<TaskCanceledException>(() => (Task<bool>)validate.Invoke(revalidation, [new AuthenticationState(user), closing.Token])!);

        Assert.Equal(closing.Token, cancelled.CancellationToken);
    }
}
