using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace MobilityPartnerships.Web.Features.Mail.Unsubscribing;

/// <summary>What an unsubscribe link stands for: an account and the partnerships it wants no more e-mail about.</summary>
public sealed record UnsubscribeRequest(Guid AccountId, IReadOnlyList<Guid> Partnerships);

/// <summary>
/// Unsubscribe links: the account and partnerships, signed and time-limited with the app's data-protection keys (the
/// ones that protect sign-in cookies, kept in the database), so a link works without signing in and cannot be made
/// for another account or partnership.
/// </summary>
public sealed class UnsubscribeLinks(IDataProtectionProvider protection, IOptions<MailOptions> options)
{
    public const string Path = "mail/unsubscribe";

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("Mail.Unsubscribe.v1").ToTimeLimitedDataProtector();

    public string Token(Guid accountId, IEnumerable<Guid> partnerships) =>
        Protector.Protect(accountId.ToString("N") + "|" + string.Join(',', partnerships.Distinct().Select(p => p.ToString("N"))), options.Value.UnsubscribeLinkLifetime);

    public string Link(Guid accountId, IEnumerable<Guid> partnerships) =>
        options.Value.Link($"{Path}?token={Uri.EscapeDataString(Token(accountId, partnerships))}");

    /// <summary>The request a token stands for; null when it is not one of ours, altered or expired.</summary>
    public UnsubscribeRequest? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4000)
        {
            return null;
        }

        string text;
        try
        {
            text = Protector.Unprotect(token, out _);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = text.Split('|');
        if (parts.Length != 2 || !Guid.TryParseExact(parts[0], "N", out var account))
        {
            return null;
        }

        var partnerships = new List<Guid>();
        foreach (var part in parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Guid.TryParseExact(part, "N", out var id))
            {
                return null;
            }

            partnerships.Add(id);
        }

        return partnerships.Count == 0 ? null : new UnsubscribeRequest(account, partnerships);
    }
}
