using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.IntegrationTests.Calendar;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.Mail;
using MobilityPartnerships.Web.Features.Mail;
using MobilityPartnerships.Web.Features.Mail.Accounts;

namespace MobilityPartnerships.IntegrationTests.Mail;

/// <summary>
/// "Forgot password" mails one link per account in each period of <see cref="MailOptions.ResetLinkEvery"/>, however
/// often it is asked at once and from however many addresses (the sign-in allowance counts per address); the next period
/// gets its link.
/// </summary>
public sealed class ResetLinksPerAccountTests(MailWorld world) : IClassFixture<MailWorld>
{
    [Fact]
    public async Task Asked_six_times_at_once_one_link_is_stored_and_the_next_period_gets_another()
    {
        var cancel = TestContext.Current.CancellationToken;
        var clock = new TodayInBrusselsTests.StoppedClock { Now = new DateTimeOffset(2026, 12, 7, 10, 0, 30, TimeSpan.Zero) };
        await using var instance = AppServices.Build(world.Database.ConnectionString, clock: clock, replace: services => services.Configure<MailOptions>(o =>
        {
            o.Host = "127.0.0.1";
            o.Port = world.Smtp.Port;
            o.Sender = MailWorld.Sender;
            o.BaseUrl = MailWorld.BaseUrl;
            o.RunInBackground = false;
            o.ResetLinkEvery = TimeSpan.FromMinutes(5);
        }));

        await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            await using var scope = instance.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AccountMail>().ForgotPasswordAsync(world.Emails["OfficialA"], cancel);
        }));
        Assert.Equal(1, await ResetLinksAsync(instance));

        clock.Now = clock.Now.AddMinutes(5);
        await using (var scope = instance.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountMail>().ForgotPasswordAsync(world.Emails["OfficialA"], cancel);
        }

        Assert.Equal(2, await ResetLinksAsync(instance));
    }

    private async Task<int> ResetLinksAsync(IServiceProvider instance)
    {
        await using var scope = instance.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.MailMessages.CountAsync(m => m.Kind == MailKind.PasswordReset && m.AccountId == world.Ids["OfficialA"], TestContext.Current.CancellationToken);
    }
}
