using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using MobilityPartnerships.Web.Features.Mail;
using MobilityPartnerships.Web.Features.Mail.Reminders;
using MobilityPartnerships.Web.Features.Mail.Scheduling;

namespace MobilityPartnerships.IntegrationTests.Mail;

/// <summary>
/// One run of the e-mail job through a real SMTP server: who gets a reminder and a digest, what each lists, the links,
/// and that nobody receives what they may not see; then the one-click unsubscribe, without signing in.
/// The tests share one run (the first to ask makes it), as the job makes one per day.
/// </summary>
public sealed partial class RemindersAndDigestsTests(MailWorld world) : IClassFixture<MailWorld>
{
    private static readonly SemaphoreSlim Once = new(1, 1);

    private async Task RunOnceAsync()
    {
        await Once.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (!world.Smtp.Received.IsEmpty)
            {
                return;
            }

            await using var scope = world.AppScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<MailRun>().RunOnceAsync(TestContext.Current.CancellationToken);
            Assert.True(outcome.Composed);
            Assert.Equal(outcome.Stored, outcome.Sent);
        }
        finally
        {
            Once.Release();
        }
    }

    private MimeMessage Only(string who, string subjectStart)
    {
        var messages = world.Smtp.To(world.Emails[who]).Where(m => m.SubjectText().StartsWith(subjectStart, StringComparison.Ordinal)).ToList();
        return Assert.Single(messages);
    }

    private static string Everything(MimeMessage message) => message.BodyText() + "\n" + message.HtmlBody;

    [Fact]
    public async Task A_member_state_official_gets_one_reminder_with_their_initiatives_to_update_and_their_meetings_with_links()
    {
        await RunOnceAsync();

        var reminder = Only("OfficialA", "Reminder");
        var text = reminder.BodyText();
        Assert.Equal(MailWorld.Sender, reminder.From.Mailboxes.Single().Address);
        Assert.Contains("Own initiative to update", text, StringComparison.Ordinal);
        Assert.Contains("Own initiative not to be shared", text, StringComparison.Ordinal);
        Assert.Contains("Added after version 1, not to be shared", text, StringComparison.Ordinal);
        Assert.Contains($"{MailWorld.BaseUrl}initiatives/{world.Initiatives["Own initiative to update"]}", text, StringComparison.Ordinal);
        Assert.Contains("Task force of Inside", text, StringComparison.Ordinal);
        Assert.Contains($"{MailWorld.BaseUrl}meetings/{world.TaskForce}", text, StringComparison.Ordinal);

        // Nothing archived, completed, recently updated, or not theirs.
        Assert.DoesNotContain("Own archived initiative", Everything(reminder), StringComparison.Ordinal);
        Assert.DoesNotContain("Own completed initiative", Everything(reminder), StringComparison.Ordinal);
        Assert.DoesNotContain("Own initiative updated last week", Everything(reminder), StringComparison.Ordinal);
        Assert.DoesNotContain("Initiative B leads", Everything(reminder), StringComparison.Ordinal);
        Assert.DoesNotContain("Initiative of Outside", Everything(reminder), StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", reminder.Headers["List-Unsubscribe-Post"]);
        Assert.StartsWith($"<{MailWorld.BaseUrl}mail/unsubscribe?token=", reminder.Headers["List-Unsubscribe"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_lists_what_the_persons_my_work_page_shows_including_an_action_point_they_own()
    {
        await RunOnceAsync();

        var reminder = Only("OfficialA", "Reminder");
        Assert.Contains("Action points you own", reminder.BodyText(), StringComparison.Ordinal);
        Assert.Contains($"{MailWorld.ActionPointOfA} (from Task force of Inside)", reminder.BodyText(), StringComparison.Ordinal);
        Assert.Contains("1 action point is yours", reminder.SubjectText(), StringComparison.Ordinal);

        // Nobody else owns it: it is in no other reminder.
        Assert.All(
            world.Smtp.Received.Where(m => m.To.Mailboxes.Single().Address != world.Emails["OfficialA"] && m.SubjectText().StartsWith("Reminder", StringComparison.Ordinal)),
            m => Assert.DoesNotContain(MailWorld.ActionPointOfA, Everything(m), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_partner_countrys_official_is_reminded_only_of_what_they_may_see()
    {
        await RunOnceAsync();

        var reminder = Only("OfficialC1", "Reminder");
        Assert.Contains("Own initiative to update", reminder.BodyText(), StringComparison.Ordinal);

        // C1 takes part in it, but it is not to be shared; and a task force is internal EU coordination.
        Assert.DoesNotContain("not to be shared", Everything(reminder), StringComparison.Ordinal);
        Assert.DoesNotContain("Task force of Inside", Everything(reminder), StringComparison.Ordinal);
        Assert.Contains("Cooperation platform of Inside", reminder.BodyText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Others_are_reminded_of_their_own_items_and_nobody_twice()
    {
        await RunOnceAsync();

        var b = Only("OfficialB", "Reminder");
        Assert.Contains("Initiative B leads", b.BodyText(), StringComparison.Ordinal);
        Assert.Contains("Initiative of Outside", b.BodyText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Own initiative to update", Everything(b), StringComparison.Ordinal);

        // The focal point keeps the partnership: everything in it that needs an update.
        var focal = Only("FocalPoint", "Reminder");
        Assert.Contains("Own initiative to update", focal.BodyText(), StringComparison.Ordinal);
        Assert.Contains("Initiative B leads", focal.BodyText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Initiative of Outside", Everything(focal), StringComparison.Ordinal);

        // A task-force member posts no progress: their reminder holds the meetings only.
        var member = Only("TaskForceMember", "Reminder");
        Assert.DoesNotContain("initiatives/", member.BodyText(), StringComparison.Ordinal);
        Assert.Contains("Task force of Inside", member.BodyText(), StringComparison.Ordinal);

        Assert.Empty(world.Smtp.To(world.Emails["OptedOutA"]));
        Assert.Empty(world.Smtp.To(world.Emails["DeactivatedA"]));
        Assert.All(world.Smtp.Received.GroupBy(m => (m.To.Mailboxes.Single().Address, m.SubjectText())), g => Assert.Single(g));
    }

    [Fact]
    public async Task A_digest_before_each_meeting_holds_the_agenda_and_the_changes_since_the_last_published_version_as_its_reader_may_see_them()
    {
        await RunOnceAsync();

        var digest = Only("OfficialA", "Before Task force of Inside");
        Assert.Contains("Labour mobility pilots", digest.BodyText(), StringComparison.Ordinal);
        Assert.Contains("Changes since published version 1", digest.BodyText(), StringComparison.Ordinal);
        Assert.Contains("Added: Added after version 1, not to be shared", digest.BodyText(), StringComparison.Ordinal);
        Assert.Contains("Expected results: (not stated) → Forty seasonal workers placed", digest.BodyText(), StringComparison.Ordinal);
        Assert.Contains($"{MailWorld.BaseUrl}partnerships/{world.Inside}/versions/compare", digest.BodyText(), StringComparison.Ordinal);
        Assert.Single(world.Smtp.To(world.Emails["FocalPoint"]), m => m.SubjectText().StartsWith("Before Task force of Inside", StringComparison.Ordinal));
        Assert.Single(world.Smtp.To(world.Emails["TaskForceMember"]), m => m.SubjectText().StartsWith("Before Task force of Inside", StringComparison.Ordinal));

        // The partner country attends the platform, not the task force, and does not see what is not to be shared.
        Assert.DoesNotContain(world.Smtp.To(world.Emails["OfficialC1"]), m => m.SubjectText().Contains("Task force", StringComparison.Ordinal));
        var platform = Only("OfficialC1", "Before Cooperation platform of Inside");
        Assert.Contains("Changes since published version 1", platform.BodyText(), StringComparison.Ordinal);
        Assert.DoesNotContain("not to be shared", Everything(platform), StringComparison.Ordinal);

        // Official B's state is not at either meeting.
        Assert.DoesNotContain(world.Smtp.To(world.Emails["OfficialB"]), m => m.SubjectText().StartsWith("Before", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_message_is_recorded_as_sent()
    {
        await RunOnceAsync();

        await using var db = await world.CreateContextAsync();
        var records = await db.MailMessages.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(world.Smtp.Received.Count, records.Count);
        Assert.All(records, r => Assert.NotNull(r.SentAt));
        Assert.All(records, r => Assert.Equal(1, r.Attempts));
    }

    [Fact]
    public async Task The_unsubscribe_link_works_without_signing_in_and_stops_e_mail_about_the_partnership()
    {
        await RunOnceAsync();
        var digest = Only("FocalPoint", "Before Cooperation platform of Inside");
        var address = UnsubscribeAddress().Match(digest.Headers["List-Unsubscribe"] ?? string.Empty).Groups[1].Value;
        var local = new Uri(address).PathAndQuery;
        using var client = world.AnonymousClient();

        var page = await client.GetAsync(local, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Inside", html, StringComparison.Ordinal);

        // The page's button posts back to the link itself.
        var action = WebUtility.HtmlDecode(FormAction().Match(html).Groups[1].Value);
        Assert.Equal(local, new Uri(new Uri(address), action).PathAndQuery);
        await using (var db = await world.CreateContextAsync())
        {
            Assert.False(await db.MailOptOuts.AnyAsync(o => o.AccountId == world.Ids["FocalPoint"], TestContext.Current.CancellationToken), "Opening the link changes nothing.");
        }

        // A mail program's one-click request (RFC 8058): no cookie, no form token.
        using var oneClick = new FormUrlEncodedContent([new KeyValuePair<string, string>("List-Unsubscribe", "One-Click")]);
        var done = await client.PostAsync(local, oneClick, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        await using (var db = await world.CreateContextAsync())
        {
            Assert.True(await db.MailOptOuts.AnyAsync(o => o.AccountId == world.Ids["FocalPoint"] && o.PartnershipId == world.Inside, TestContext.Current.CancellationToken));
        }

        // From now on nothing about Inside is listed for them.
        await using (var scope = world.AppScope())
        {
            var recipients = scope.ServiceProvider.GetRequiredService<Recipients>();
            var focal = (await recipients.ActiveAsync(TestContext.Current.CancellationToken)).Single(r => r.Id == world.Ids["FocalPoint"]);
            Assert.Contains(world.Inside, focal.OptedOut);
            await using var acting = recipients.ActingFor(focal);
            var items = await acting.ServiceProvider.GetRequiredService<GetPersonsItems>()
                .ExecuteAsync(ProductDays.Today.AddDays(30), focal.OptedOut, TestContext.Current.CancellationToken);
            Assert.True(items.IsEmpty);
        }

        // A link altered is refused, and changes nothing.
        var altered = local[..^6] + (local[^6..] == "AAAAAA" ? "BBBBBB" : "AAAAAA");
        using var again = new FormUrlEncodedContent([new KeyValuePair<string, string>("List-Unsubscribe", "One-Click")]);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(altered, again, TestContext.Current.CancellationToken)).StatusCode);
    }

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]*)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("^<([^>]+)>$")]
    private static partial Regex UnsubscribeAddress();
}
