using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MobilityPartnerships.Web.Features.Mail;
using MobilityPartnerships.Web.Features.Mail.Accounts;
using MobilityPartnerships.Web.Features.Mail.Scheduling;

namespace MobilityPartnerships.IntegrationTests.Mail;

/// <summary>
/// A message a person waits for, the link to set a new password, goes out as soon as it is stored, not at the sending
/// job's next run (every hour here): the page that asked for it says it is on its way.
/// </summary>
public sealed class SentSoonTests(MailWorld world) : IClassFixture<MailWorld>
{
    [Fact]
    public async Task A_password_reset_link_is_sent_at_once_between_two_runs_of_the_job()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var instance = Instance();
        var job = instance.GetServices<IHostedService>().OfType<MailScheduler>().Single();
        await using (var scope = instance.CreateAsyncScope())
        {
            // What was due before is sent by a run of its own.
            await scope.ServiceProvider.GetRequiredService<MailRun>().RunOnceAsync(cancel);
        }

        // A link stored by another instance waits for this job's first run, which shows when that run is over.
        await using (var other = Instance())
        await using (var scope = other.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountMail>().ForgotPasswordAsync(world.Emails["OfficialB"], cancel);
        }

        await job.StartAsync(cancel);
        try
        {
            await ReceivedAsync(world.Emails["OfficialB"]);
            await Task.Delay(1000, cancel);

            await using (var scope = instance.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<AccountMail>().ForgotPasswordAsync(world.Emails["OfficialA"], cancel);
            }

            await ReceivedAsync(world.Emails["OfficialA"]);
            Assert.Single(world.Smtp.To(world.Emails["OfficialA"]), IsResetLink);
        }
        finally
        {
            await job.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>Polled for up to 30 seconds; the job's next run is an hour away.</summary>
    private async Task ReceivedAsync(string email)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (world.Smtp.To(email).Any(IsResetLink))
            {
                return;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"No link to set a new password reached {email} within 30 seconds.");
    }

    /// <summary>An instance whose job runs every hour (started only where the test starts it).</summary>
    private ServiceProvider Instance() => AppServices.Build(world.Database.ConnectionString, replace: services => services.Configure<MailOptions>(o =>
    {
        o.Host = "127.0.0.1";
        o.Port = world.Smtp.Port;
        o.Tls = MailTls.None;
        o.Sender = MailWorld.Sender;
        o.BaseUrl = MailWorld.BaseUrl;
        o.RunInBackground = true;
        o.RunEvery = TimeSpan.FromHours(1);
    }));

    private static bool IsResetLink(MimeKit.MimeMessage message) => message.SubjectText().StartsWith("Set a new password", StringComparison.Ordinal);
}
