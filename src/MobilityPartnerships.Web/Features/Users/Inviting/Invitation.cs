using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Users.Inviting;

/// <summary>
/// An account exists without a password; <see cref="Link"/> (relative to the app's address) lets its owner set one.
/// The link holds a one-time token that expires, and that a change of the account's access makes void.
/// </summary>
public sealed record Invitation(Guid AccountId, string Link) : WriteOutcome
{
    public const string Path = "account/accept-invitation";

    public static string LinkFor(Guid accountId, string token) => $"{Path}?user={accountId}&token={Uri.EscapeDataString(token)}";
}
