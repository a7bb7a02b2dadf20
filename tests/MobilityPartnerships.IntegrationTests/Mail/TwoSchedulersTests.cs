using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Web.Features.Mail;
using MobilityPartnerships.Web.Features.Mail.Scheduling;

namespace MobilityPartnerships.IntegrationTests.Mail;

/// <summary>Two instances of the app on one database, each running the job at the same time: one message per recipient and run.</summary>
public sealed class TwoSchedulersTests(MailWorld world) : IClassFixture<MailWorld>
{
    [Fact]
    public async Task Two_schedulers_on_one_database_send_one_message_per_recipient_per_run()
    {
        await using var first = Instance();
        await using var second = Instance();

        // Each instance runs twice, all four runs at once.
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(async i =>
        {
            await using var scope = (i % 2 == 0 ? first : second).CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<MailRun>().RunOnceAsync(TestContext.Current.CancellationToken);
        }));

        var received = world.Smtp.Received.ToList();
        Assert.NotEmpty(received);
        Assert.All(received.GroupBy(m => (m.To.Mailboxes.Single().Address, m.SubjectText())), g => Assert.Single(g));
        Assert.Single(received, m => m.To.Mailboxes.Single().Address == world.Emails["OfficialA"] && m.SubjectText().StartsWith("Reminder", StringComparison.Ordinal));
        Assert.Equal(received.Count, runs.Sum(r => r.Sent));
        Assert.Equal(received.Count, runs.Sum(r => r.Stored));
        await using var db = await world.CreateContextAsync();
        Assert.Equal(received.Count, await db.MailMessages.CountAsync(m => m.SentAt != null, TestContext.Current.CancellationToken));
    }

    private ServiceProvider Instance() => AppServices.Build(world.Database.ConnectionString, replace: services => services.Configure<MailOptions>(o =>
    {
        o.Host = "127.0.0.1";
        o.Port = world.Smtp.Port;
        o.Tls = MailTls.None;
        o.Sender = MailWorld.Sender;
        o.BaseUrl = MailWorld.BaseUrl;
    }));
}
