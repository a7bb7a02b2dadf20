using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Data.Mail;
using MobilityPartnerships.Web.Features.Mail.Digests;
using MobilityPartnerships.Web.Features.Mail.Reminders;
using MobilityPartnerships.Web.Features.Mail.Scheduling;
using MobilityPartnerships.Web.Features.Users;
using MobilityPartnerships.Web.Features.Users.Inviting;
using MobilityPartnerships.Web.Features.Users.RenewingInvitations;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Access;

namespace MobilityPartnerships.IntegrationTests.Mail;

/// <summary>A message is written in the language its recipient's account chose, whoever or whatever sends it.</summary>
public sealed partial class MailLanguageTests(MailWorld world) : IClassFixture<MailWorld>
{
    [Fact]
    public async Task A_password_reset_is_written_in_the_language_the_account_chose()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using (var scope = world.AppScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancel);
            await db.Users.Where(u => u.Id == world.Ids["OfficialC1"]).ExecuteUpdateAsync(set => set.SetProperty(u => u.Language, "fr"), cancel);
        }

        // Asked from an English page: the account's choice wins.
        using (var client = world.AnonymousClient())
        {
            var form = await client.GetStringAsync("account/forgot-password", cancel);
            using var content = new FormUrlEncodedContent([new("email", world.Emails["OfficialC1"]), new("__RequestVerificationToken", WebUtility.HtmlDecode(Antiforgery().Match(form).Groups[1].Value))]);
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("account/forgot-password", content, cancel)).StatusCode);
        }

        await using (var scope = world.AppScope())
        {
            await scope.ServiceProvider.GetRequiredService<MailRun>().RunOnceAsync(cancel);
        }

        var message = Assert.Single(world.Smtp.To(world.Emails["OfficialC1"]), m => ResetLink().IsMatch(m.BodyText()));
        Assert.Contains("<html lang=\"fr\">", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_is_written_in_the_language_chosen_for_the_invitee_and_its_renewal_too()
    {
        // An English-speaking administrator invites a French-speaking official: the mail was English, its header too.
        var id = await InAsync("en", () => InviteAsync(new UserDraft { Email = NewEmail(), DisplayName = "Invitée", Role = Role.Administrator, Language = "fr" }));
        await InAsync("en", () => RenewAsync(id));

        var invitations = await InvitationsAsync(id);
        Assert.Equal(2, invitations.Count);
        Assert.All(invitations, AssertFrench);
        Assert.All(invitations, m => Assert.Equal("Votre compte dans l'application Partenariats pour la mobilité", m.Subject));
    }

    [Fact]
    public async Task An_invitation_without_a_chosen_language_is_in_the_inviting_administrators_and_so_is_its_renewal_by_another()
    {
        var id = await InAsync("fr", () => InviteAsync(new UserDraft { Email = NewEmail(), DisplayName = "Invité", Role = Role.Administrator }));
        await InAsync("en", () => RenewAsync(id));

        var invitations = await InvitationsAsync(id);
        Assert.Equal(2, invitations.Count);
        Assert.All(invitations, AssertFrench);
    }

    [Fact]
    public async Task A_reminder_and_a_digest_to_a_french_speaking_account_are_french_throughout_header_and_dates_included()
    {
        var cancel = TestContext.Current.CancellationToken;
        // A task-force member given Inside, not reminded yet (another test's run may have reminded the world's accounts today).
        var member = Web.Security.Accounts.AccountClaims.UserIdOf(await TestAccounts.CreateAsync(world, "Membre du groupe de travail", Role.TaskForceMember, null, world.Inside))!.Value;
        await using var scope = world.AppScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancel);
        await db.Users.Where(u => u.Id == member).ExecuteUpdateAsync(set => set.SetProperty(u => u.Language, "fr"), cancel);

        // Composed as a run would, from an English-speaking host.
        var reminders = await InAsync("en", () => scope.ServiceProvider.GetRequiredService<ComposeReminders>().ComposeAsync(db, cancel));
        var digests = await InAsync("en", () => scope.ServiceProvider.GetRequiredService<ComposeDigests>().ComposeAsync(db, cancel));

        var reminder = Assert.Single(reminders, m => m.AccountId == member);
        var digest = Assert.Single(digests, m => m.AccountId == member && m.Key.StartsWith($"digest:{world.TaskForce:N}", StringComparison.Ordinal));
        AssertFrench(reminder);
        AssertFrench(digest);
        Assert.StartsWith("Rappel", reminder.Subject, StringComparison.Ordinal);
        Assert.Contains("Vous recevez ce message", reminder.TextBody, StringComparison.Ordinal);

        // The meeting's day as the app's formatter writes it in French, in the subject and the body.
        await using var read = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancel);
        var heldOn = await read.Meetings.Where(m => m.Id == world.TaskForce).Select(m => m.HeldOn).SingleAsync(cancel);
        var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<Strings>>();
        var day = Web.Hosting.Languages.Language.In("fr", () => text.Day(heldOn));
        Assert.Contains(day, digest.Subject, StringComparison.Ordinal);
        Assert.Contains(day, reminder.TextBody, StringComparison.Ordinal);
    }

    /// <summary>A message in French in every part: its subject, its page's language, its header and its footer.</summary>
    private static void AssertFrench(MailMessage message)
    {
        var html = WebUtility.HtmlDecode(message.HtmlBody);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains(">Partenariats pour la mobilité</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Mobility Partnerships", html + message.TextBody + message.Subject, StringComparison.Ordinal);
    }

    private async Task<Guid> InviteAsync(UserDraft draft)
    {
        await using var scope = world.AppScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(world.Administrator);
        return Assert.IsType<Invitation>(await scope.ServiceProvider.GetRequiredService<InviteUser>().ExecuteAsync(draft, TestContext.Current.CancellationToken)).AccountId;
    }

    private async Task<bool> RenewAsync(Guid id)
    {
        await using var scope = world.AppScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(world.Administrator);
        Assert.IsType<Invitation>(await scope.ServiceProvider.GetRequiredService<RenewInvitation>().ExecuteAsync(id, TestContext.Current.CancellationToken));
        return true;
    }

    private async Task<List<MailMessage>> InvitationsAsync(Guid accountId)
    {
        await using var scope = world.AppScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.MailMessages.AsNoTracking().Where(m => m.AccountId == accountId && m.Kind == MailKind.Invitation).ToListAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> as a request in <paramref name="code"/>'s language would: the administrator's page, the job's host.</summary>
    private static async Task<T> InAsync<T>(string code, Func<Task<T>> work)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(code);
        try
        {
            return await work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private static string NewEmail() => $"{Guid.NewGuid():N}@invited.example";

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex(@"http://mail\.test/account/accept-invitation\?\S+")]
    private static partial Regex ResetLink();
}
