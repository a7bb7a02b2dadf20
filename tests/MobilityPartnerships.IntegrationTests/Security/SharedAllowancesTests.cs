using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Web.Security;

namespace MobilityPartnerships.IntegrationTests.Security;

/// <summary>
/// The allowances per minute (sign-in attempts per address, API requests, downloads and searches per user) are one
/// allowance whichever instance of the app a request reaches: two instances here are two sets of the app's services on
/// one database, each with its own memory, at the same moment of a fixed clock.
/// </summary>
public sealed class SharedAllowancesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private const int Limit = 3;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_users_searches_are_counted_once_across_two_instances_and_another_user_keeps_their_own()
    {
        var clock = new StoppedClock(new DateTimeOffset(2026, 12, 5, 10, 0, 20, TimeSpan.Zero));
        await using var first = Instance(clock);
        await using var second = Instance(clock);
        var user = Guid.NewGuid();

        Assert.True((await first.GetRequiredService<SearchAllowance>().TryTakeAsync(user, Token)).Taken);
        Assert.True((await second.GetRequiredService<SearchAllowance>().TryTakeAsync(user, Token)).Taken);
        Assert.True((await first.GetRequiredService<SearchAllowance>().TryTakeAsync(user, Token)).Taken);

        // Three taken through two instances: the fourth is refused by either, with the wait until the next minute.
        foreach (var instance in new[] { first, second })
        {
            var (taken, retryAfter) = await instance.GetRequiredService<SearchAllowance>().TryTakeAsync(user, Token);
            Assert.False(taken);
            Assert.Equal(TimeSpan.FromSeconds(40), retryAfter);
        }

        Assert.True((await second.GetRequiredService<SearchAllowance>().TryTakeAsync(Guid.NewGuid(), Token)).Taken);

        // The next minute starts a new allowance, on every instance.
        clock.Now = clock.Now.AddMinutes(1);
        Assert.True((await second.GetRequiredService<SearchAllowance>().TryTakeAsync(user, Token)).Taken);
    }

    [Fact]
    public async Task A_rate_limiting_policys_allowance_is_counted_once_across_two_instances()
    {
        var clock = new StoppedClock(new DateTimeOffset(2026, 12, 5, 10, 0, 50, TimeSpan.Zero));
        await using var first = Instance(clock);
        await using var second = Instance(clock);
        var key = "per-user-api:user:" + Guid.NewGuid();

        // As the API's and the downloads' policies and sign-in's per address take them (UserRateLimits, SecuritySetup).
        var limiters = new[] { first, second }.Select(i => i.GetRequiredService<SharedAllowances>().Limiter(key, Limit, TimeSpan.FromMinutes(1))).ToArray();
        var granted = 0;
        for (var i = 0; i < 2 * Limit; i++)
        {
            using var lease = await limiters[i % 2].AcquireAsync(1, Token);
            granted += lease.IsAcquired ? 1 : 0;
        }

        Assert.Equal(Limit, granted);
        using var refused = await limiters[1].AcquireAsync(1, Token);
        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(System.Threading.RateLimiting.MetadataName.RetryAfter, out var wait));
        Assert.Equal(TimeSpan.FromSeconds(10), wait);
    }

    private ServiceProvider Instance(TimeProvider clock) =>
        AppServices.Build(fixture.Database.ConnectionString, clock: clock, settings: new Dictionary<string, string?> { ["Security:SearchesPerMinute"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
