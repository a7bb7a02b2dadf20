using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Security.SignIn;

namespace MobilityPartnerships.Web.Security.SingleSignOn;

/// <summary>
/// Adds the OpenID Connect provider when configuration names one, and the two endpoints around it: the
/// challenge, and the return that links the provider's user to an account and signs them in.
/// </summary>
internal static class SingleSignOnSetup
{
    public static void AddSingleSignOn(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        authentication.Services.AddOptions<SingleSignOnOptions>().BindConfiguration(SingleSignOnOptions.Section);
        var options = configuration.GetSection(SingleSignOnOptions.Section).Get<SingleSignOnOptions>() ?? new SingleSignOnOptions();
        if (!options.IsEnabled)
        {
            return;
        }

        authentication.AddOpenIdConnect(SingleSignOnOptions.Scheme, options.DisplayName, oidc =>
        {
            oidc.Authority = options.Authority;
            oidc.ClientId = options.ClientId;
            oidc.ClientSecret = options.ClientSecret;
            oidc.ResponseType = OpenIdConnectResponseType.Code;
            oidc.UsePkce = true;
            oidc.SaveTokens = false;
            oidc.GetClaimsFromUserInfoEndpoint = true;
            oidc.MapInboundClaims = false;
            oidc.SignInScheme = IdentityConstants.ExternalScheme;
            oidc.Scope.Add("email");
            oidc.Scope.Add("profile");

            // The user-info answer's claims are kept only when mapped: the role (one value or a list) and the organisation.
            oidc.ClaimActions.MapJsonKey(options.RoleClaim, options.RoleClaim);
            oidc.ClaimActions.MapUniqueJsonKey(options.OrganisationClaim, options.OrganisationClaim);

            // Whether the provider checked the e-mail, from the ID token or else the user-info answer: an e-mail links an account only when it did.
            oidc.ClaimActions.MapUniqueJsonKey(ExternalClaimMapping.EmailVerifiedClaim, ExternalClaimMapping.EmailVerifiedClaim);

            // Signing out at the provider names this app, so the provider may send the user back here afterwards.
            oidc.Events.OnRedirectToIdentityProviderForSignOut = context =>
            {
                context.ProtocolMessage.ClientId = options.ClientId;
                return Task.CompletedTask;
            };
        });
    }

    /// <summary>Whether the signed-in user came through single sign-on and signing out should end the provider's session too.</summary>
    public static bool SignsOutAtProvider(ClaimsPrincipal user, SingleSignOnOptions options) =>
        options.IsEnabled && options.SignOutAtProvider
        && user.HasClaim(c => c.Type == ClaimTypes.AuthenticationMethod && c.Value == SingleSignOnOptions.Scheme);

    public static void MapSingleSignOn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/external-sign-in", ([FromForm] string? returnUrl, IOptions<SingleSignOnOptions> options) =>
            options.Value.IsEnabled
                ? Results.Challenge(
                    new AuthenticationProperties { RedirectUri = $"/account/external-callback?returnUrl={Uri.EscapeDataString(SignInEndpoints.SafeReturn(returnUrl))}" },
                    [SingleSignOnOptions.Scheme])
                : Results.LocalRedirect("~/sign-in")).AllowAnonymous();
        endpoints.MapGet("/account/external-callback", CallbackAsync).AllowAnonymous();
    }

    private static async Task<IResult> CallbackAsync(
        string? returnUrl,
        HttpContext http,
        SignInManager<Account> signIn,
        IOptions<SingleSignOnOptions> options,
        IDbContextFactory<AppDbContext> contexts,
        TimeProvider clock,
        ILoggerFactory logs)
    {
        var logger = logs.CreateLogger(typeof(SingleSignOnSetup));
        var external = await http.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await http.SignOutAsync(IdentityConstants.ExternalScheme);
        var identity = external.Succeeded ? ExternalClaimMapping.Map(external.Principal, options.Value) : null;
        if (identity is null)
        {
            logger.SignInRefused("single sign-on gave no e-mail", "-");
            return Results.LocalRedirect("~/sign-in?error=external");
        }

        if (!identity.EmailVerified)
        {
            // An e-mail the provider has not checked proves nothing: it neither finds an account nor creates one.
            logger.SignInRefused("single sign-on e-mail not verified", "-");
            return Results.LocalRedirect("~/sign-in?error=unverified-email");
        }

        // Changes made here are the provider's, named so in history.
        http.RequestServices.GetRequiredService<CurrentUser>().ActAs(SystemActor.Principal(SystemActor.SingleSignOn(options.Value.DisplayName), clock));
        var users = signIn.UserManager;
        var account = await users.FindByEmailAsync(identity.Email);
        await using var db = await contexts.CreateDbContextAsync();
        // A country code names the state or partner country itself, never one of its agencies that shares the code.
        var organisationId = identity.OrganisationKey is null
            ? null
            : await db.Organisations
                .Where(o => o.ShortName == identity.OrganisationKey
                    || (o.CountryCode == identity.OrganisationKey && (o.Kind == OrganisationKind.MemberState || o.Kind == OrganisationKind.ThirdCountry)))
                .OrderBy(o => o.ShortName == identity.OrganisationKey ? 0 : 1)
                .Select(o => (Guid?)o.Id)
                .FirstOrDefaultAsync();
        if (identity.StatesRole && identity.Role is null)
        {
            // The provider says what the user is, and it is nothing this app gives access to.
            logger.SignInRefused("single sign-on role not mapped", account?.Id.ToString() ?? "-");
            return Results.LocalRedirect("~/sign-in?error=no-role");
        }

        if (account is null)
        {
            if (!options.Value.CreateAccounts || identity.Role is null)
            {
                logger.SignInRefused("single sign-on user has no account", "-");
                return Results.LocalRedirect("~/sign-in?error=no-account");
            }

            account = new Account
            {
                Id = Guid.CreateVersion7(),
                UserName = identity.Email,
                Email = identity.Email,
                EmailConfirmed = true,
                DisplayName = identity.Name,
                Role = identity.Role.Value,
                OrganisationId = organisationId,
                ExternalProvider = SingleSignOnOptions.Scheme,
                CreatedAt = clock.GetUtcNow(),
            };
            var created = await users.CreateAsync(account);
            if (!created.Succeeded)
            {
                logger.SignInRefused("single sign-on account could not be created", "-");
                return Results.LocalRedirect("~/sign-in?error=external");
            }
        }
        else if (identity.Role is { } role && (account.Role != role || (organisationId is not null && account.OrganisationId != organisationId)))
        {
            // The provider is the source of truth for role and organisation when it states them.
            account.Role = role;
            account.OrganisationId = organisationId ?? account.OrganisationId;
            await users.UpdateAsync(account);
            await users.UpdateSecurityStampAsync(account);
        }

        if (!await signIn.CanSignInAsync(account))
        {
            logger.SignInRefused("inactive", account.Id.ToString());
            return Results.LocalRedirect("~/sign-in?error=inactive");
        }

        await signIn.SignInAsync(account, isPersistent: false, SingleSignOnOptions.Scheme);
        logger.SignedIn(account.Id);
        return Results.LocalRedirect(SignInEndpoints.SafeReturn(returnUrl));
    }
}
