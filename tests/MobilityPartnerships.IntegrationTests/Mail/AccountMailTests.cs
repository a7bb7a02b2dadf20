using System.Net;
using System.Text.RegularExpressions;
using System.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Web.Features.Mail.Scheduling;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.IntegrationTests.Mail;

/// <summary>"Forgot password" by e-mail: the same answer for any address, a message only to an account's, and a link that works once.</summary>
public sealed partial class AccountMailTests(MailWorld world) : IClassFixture<MailWorld>
{
    [Fact]
    public async Task Forgot_password_answers_the_same_for_any_address_and_mails_a_single_use_link_to_an_account_only()
    {
        var cancel = TestContext.Current.CancellationToken;
        var known = await AskAsync(world.Emails["OfficialB"]);
        var unknown = await AskAsync("nobody-here@test.example");
        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);

        await using (var scope = world.AppScope())
        {
            await scope.ServiceProvider.GetRequiredService<MailRun>().RunOnceAsync(cancel);
        }

        Assert.DoesNotContain(world.Smtp.Received, m => m.SubjectText().StartsWith("Set a new password", StringComparison.Ordinal) && m.To.Mailboxes.Single().Address != world.Emails["OfficialB"]);
        var message = Assert.Single(world.Smtp.To(world.Emails["OfficialB"]), m => m.SubjectText().StartsWith("Set a new password", StringComparison.Ordinal));
        var link = new Uri(ResetLink().Match(message.BodyText()).Value);
        Assert.Equal($"{MailWorld.BaseUrl}account/accept-invitation", link.GetLeftPart(UriPartial.Path));
        var query = HttpUtility.ParseQueryString(link.Query);
        Assert.Equal(world.Ids["OfficialB"].ToString(), query["user"]);

        // The link's token sets a password once; the second use is refused.
        await using var users = world.App.CreateAsyncScope();
        users.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(SystemActor.Principal("test", TimeProvider.System));
        var manager = users.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = await manager.FindByIdAsync(query["user"]!);
        Assert.True((await manager.ResetPasswordAsync(account!, query["token"]!, "First-Password-2026!")).Succeeded);
        account = await manager.FindByIdAsync(query["user"]!);
        Assert.False((await manager.ResetPasswordAsync(account!, query["token"]!, "Second-Password-2026!")).Succeeded);
    }

    private async Task<HttpResponseMessage> AskAsync(string email)
    {
        using var client = world.AnonymousClient();
        var form = await client.GetStringAsync("account/forgot-password", TestContext.Current.CancellationToken);
        var token = Antiforgery().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent([new("email", email), new("__RequestVerificationToken", WebUtility.HtmlDecode(token))]);
        return await client.PostAsync("account/forgot-password", content, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex(@"http://mail\.test/account/accept-invitation\?\S+")]
    private static partial Regex ResetLink();
}
