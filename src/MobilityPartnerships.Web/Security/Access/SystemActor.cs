using System.Security.Claims;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.Web.Security.Access;

/// <summary>
/// The principal under which the app changes data by itself (loading the demo data, linking a single sign-on
/// user), so that history names it. It has no account and the least role: it passes no access check.
/// History stores its name in English, as it stores people's names; <see cref="Shown"/> words it in the page's language.
/// </summary>
public static class SystemActor
{
    /// <summary>The name under which the reference and demo data are loaded.</summary>
    public const string ReferenceAndDemoData = "Reference and demo data";

    /// <summary>The name under which an accepted invitation changes its account.</summary>
    public const string InvitationAccepted = "Invitation accepted";

    private const string SingleSignOnStart = "Single sign-on (";

    /// <summary>The name under which single sign-on links a user, with the provider's name: "Single sign-on (EU Login)".</summary>
    public static string SingleSignOn(string provider) => $"{SingleSignOnStart}{provider})";

    public static ClaimsPrincipal Principal(string name, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return AccountClaims.Principal(Guid.Empty, name, Role.TaskForceMember, null, null, [], clock.GetUtcNow());
    }

    /// <summary>A stored actor's name as a page shows it: the app's own names in the page's language, a person's as stored.</summary>
    public static string Shown(string name, IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        return name switch
        {
            ReferenceAndDemoData => text["SystemActor_ReferenceAndDemoData"],
            InvitationAccepted => text["SystemActor_InvitationAccepted"],
            _ when name.StartsWith(SingleSignOnStart, StringComparison.Ordinal) && name.EndsWith(')') =>
                text["SystemActor_SingleSignOn", name[SingleSignOnStart.Length..^1]],
            _ => name,
        };
    }
}
