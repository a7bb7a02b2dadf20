using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Mail.Scheduling;

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

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex(@"http://mail\.test/account/accept-invitation\?\S+")]
    private static partial Regex ResetLink();
}
