using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Web.Features.Mail.Admin;
using MobilityPartnerships.Web.Features.Mail.Scheduling;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.IntegrationTests.Mail;

/// <summary>A message the server refuses is recorded with its failure, tried again after the wait, and shown to administrators.</summary>
public sealed class RetriesTests(MailWorld world) : IClassFixture<MailWorld>
{
    [Fact]
    public async Task A_refused_message_waits_and_is_sent_by_a_later_run_and_administrators_see_the_failure()
    {
        var cancel = TestContext.Current.CancellationToken;
        world.Smtp.RefuseNext = 1;
        var before = DateTimeOffset.UtcNow;
        await using (var scope = world.AppScope())
        {
            var first = await scope.ServiceProvider.GetRequiredService<MailRun>().RunOnceAsync(cancel);
            Assert.Equal(first.Stored - 1, first.Sent);
        }

        await using var db = await world.CreateContextAsync();
        var failed = await db.MailMessages.AsNoTracking().SingleAsync(m => m.SentAt == null, cancel);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("try again later", failed.LastError, StringComparison.Ordinal);
        Assert.True(failed.NextAttemptAt >= before.AddMinutes(59), "The first retry waits Mail:FirstRetryAfter (an hour here).");

        await using (var admin = world.AppScope())
        {
            admin.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(world.Administrator);
            var log = await admin.ServiceProvider.GetRequiredService<ListMail>().ExecuteAsync(0, cancel);
            Assert.NotNull(log);
            Assert.True(log.Configured);
            Assert.Equal(1, log.Failing);
            Assert.Contains(log.Rows, r => r.Id == failed.Id && r.LastError != null && r.SentAt == null);
        }

        // Not yet due: a run now sends nothing.
        await using (var scope = world.AppScope())
        {
            Assert.Equal(0, (await scope.ServiceProvider.GetRequiredService<MailRun>().RunOnceAsync(cancel)).Sent);
        }

        // Once due, it goes (the same Message-Id), and the failure is cleared.
        await db.MailMessages.Where(m => m.Id == failed.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, DateTimeOffset.UtcNow.AddSeconds(-1)), cancel);
        await using (var scope = world.AppScope())
        {
            Assert.Equal(1, (await scope.ServiceProvider.GetRequiredService<MailRun>().RunOnceAsync(cancel)).Sent);
        }

        var sent = await db.MailMessages.AsNoTracking().SingleAsync(m => m.Id == failed.Id, cancel);
        Assert.NotNull(sent.SentAt);
        Assert.Equal(2, sent.Attempts);
        Assert.Null(sent.LastError);
        Assert.Single(world.Smtp.Received, m => m.MessageId?.StartsWith(failed.Id.ToString("N"), StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Without_settings_nothing_is_sent_and_the_administrators_page_says_so()
    {
        await using var services = AppServices.Build(world.Database.ConnectionString);
        services.GetRequiredService<CurrentUser>().ActAs(world.Administrator);
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(world.Administrator);
        var outcome = await scope.ServiceProvider.GetRequiredService<MailRun>().RunOnceAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new MailRunOutcome(false, 0, 0), outcome);
        var log = await scope.ServiceProvider.GetRequiredService<ListMail>().ExecuteAsync(0, TestContext.Current.CancellationToken);
        Assert.NotNull(log);
        Assert.False(log.Configured);
    }
}
