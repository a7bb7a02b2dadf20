using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Features.Mail.Outbox;
using MobilityPartnerships.Web.Features.Mail.Scheduling;
using MobilityPartnerships.Web.Features.Users.Inviting;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Data.Mail;

namespace MobilityPartnerships.Web.Features.Mail.Accounts;

/// <summary>
/// The messages about an account itself: the invitation to set a password, and the link of "forgot password". Both
/// carry an Identity password-reset token: it expires (Identity's token lifespan) and is spent when the password is
/// set, since that renews the account's security stamp.
/// </summary>
public sealed class AccountMail(
    IDbContextFactory<AppDbContext> contexts,
    UserManager<Account> users,
    IOptions<MailOptions> options,
    IStringLocalizer<Strings> text,
    MailWakeUp wakeUp,
    TimeProvider clock)
{
    public bool IsOn => options.Value.IsConfigured;

    /// <summary>Sends an invitation's link (relative to the app) to the invited account; false when e-mail is off.</summary>
    public async Task<bool> InvitationAsync(Guid accountId, string link, CancellationToken cancellationToken)
    {
        if (!IsOn)
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.Users.AsNoTracking().Where(a => a.Id == accountId && a.Email != null).Select(a => new { a.Email, a.DisplayName, a.Language }).SingleOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return false;
        }

        var settings = options.Value;

        // In the account's language: chosen for it when it was invited (or since by its owner). Accounts invited before
        // it was kept have none: in the language of whoever invites or renews.
        var message = Hosting.Languages.Language.In(account.Language ?? Hosting.Languages.Language.Current.Code, () =>
        {
            var subject = text["Mail_Invitation_Subject"];
            var body = new MailBody(text, text["Mail_Invitation_Greeting", account.DisplayName])
                .Section(text["Mail_Invitation_Heading"], [new MailLine(text["Mail_Invitation_Link"], settings.Link(link))])
                .Footer(new MailLine(text["Mail_Invitation_Expiry"]));
            return Message(MailKind.Invitation, accountId, account.Email!, account.DisplayName, subject, body);
        });
        var stored = await MailOutbox.AddAsync(db, message, cancellationToken);
        wakeUp.SendSoon();
        return stored;
    }

    /// <summary>
    /// "Forgot password": when the address is an active account's that signs in with a password here, a message with
    /// a link to set a new one. Whether it is or not, the same work is done — one statement to find the account, one
    /// token made, one statement storing the message (which stores nothing for an address without such an account) —
    /// and the caller answers the same.
    /// </summary>
    public async Task ForgotPasswordAsync(string? email, CancellationToken cancellationToken)
    {
        var normalized = users.NormalizeEmail(email?.Trim() ?? string.Empty) ?? string.Empty;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var account = await db.Users.AsNoTracking()
            .Where(a => a.NormalizedEmail == normalized && a.IsActive && a.ExternalProvider == null && a.Email != null)
            .SingleOrDefaultAsync(cancellationToken);

        // Someone unknown gets a token made for nobody, which no stored account accepts.
        var target = account ?? new Account { Id = Guid.NewGuid(), SecurityStamp = Guid.NewGuid().ToString("N"), Email = "nobody@invalid", DisplayName = string.Empty };
        var token = await users.GeneratePasswordResetTokenAsync(target);
        var settings = options.Value;
        if (!IsOn)
        {
            return;
        }

        // In the account's language, else in the language of the page that asked.
        var message = Hosting.Languages.Language.In(target.Language ?? Hosting.Languages.Language.Current.Code, () =>
        {
            var subject = text["Mail_Reset_Subject"];
            var body = new MailBody(text, text["Mail_Reset_Greeting", target.DisplayName])
                .Section(text["Mail_Reset_Heading"], [new MailLine(text["Mail_Reset_Link"], settings.Link(Invitation.LinkFor(target.Id, token)))])
                .Footer(new MailLine(text["Mail_Reset_NotYou"]))
                .Footer(new MailLine(text["Mail_Reset_Expiry"]));
            return Message(MailKind.PasswordReset, target.Id, target.Email!, target.DisplayName, subject, body, ResetPeriod(settings));
        });
        // Woken whether or not a message was stored, so that the answer does not tell whether the address has an account.
        await MailOutbox.AddAsync(db, message, cancellationToken);
        wakeUp.SendSoon();
    }

    /// <summary>
    /// The message's key names its kind, its account and, unless <paramref name="period"/> names the one it belongs to,
    /// itself: the outbox stores one message per key, so a second link asked in the same period is not stored.
    /// </summary>
    private MailMessage Message(MailKind kind, Guid accountId, string email, string name, string subject, MailBody body, string? period = null)
    {
        var id = Guid.CreateVersion7();
        return body.Message(id, kind, $"{kind.ToString().ToLowerInvariant()}:{accountId:N}:{period ?? id.ToString("N")}", (accountId, email, name), subject, clock.GetUtcNow());
    }

    /// <summary>The period of <see cref="MailOptions.ResetLinkEvery"/> the clock is in, as a number counted from 1970.</summary>
    private string ResetPeriod(MailOptions settings) =>
        "every-" + (long)settings.ResetLinkEvery.TotalSeconds + "s-" + (clock.GetUtcNow().ToUnixTimeSeconds() / (long)settings.ResetLinkEvery.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
