namespace MobilityPartnerships.Web.Security.SingleSignOn;

/// <summary>
/// Optional single sign-on with an OpenID Connect provider (EU Login, Keycloak, …), section
/// <c>Authentication:OpenIdConnect</c>. Switched on when <see cref="Authority"/> and <see cref="ClientId"/> are set.
/// </summary>
public sealed class SingleSignOnOptions
{
    public const string Section = "Authentication:OpenIdConnect";
    public const string Scheme = "oidc";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The button's words on the sign-in page.</summary>
    public string DisplayName { get; set; } = "single sign-on";

    /// <summary>The claim holding the user's e-mail address, which links the provider's user to an account.</summary>
    public string EmailClaim { get; set; } = "email";

    public string NameClaim { get; set; } = "name";

    /// <summary>The claim whose values say the user's role (it may appear several times).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The provider's role values and the product's role each stands for, e.g. <c>"mp-focal-point": "FocalPoint"</c>.</summary>
    public Dictionary<string, string> Roles { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The claim holding the user's organisation as a country code or organisation short name (e.g. "SE", "COM").</summary>
    public string OrganisationClaim { get; set; } = "organisation";

    /// <summary>Whether a first sign-in with a mapped role creates the account; otherwise an administrator invites it first.</summary>
    public bool CreateAccounts { get; set; }

    /// <summary>Whether signing out of this app, for a user who came through single sign-on, also signs them out at the provider.</summary>
    public bool SignOutAtProvider { get; set; } = true;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
