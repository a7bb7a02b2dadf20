using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Security.Accounts;
using MobilityPartnerships.Web.Security.Headers;
using MobilityPartnerships.Web.Security.SignIn;
using MobilityPartnerships.Web.Security.SingleSignOn;
using MobilityPartnerships.Web.Security.Tokens;

namespace MobilityPartnerships.Web.Security;

internal static class SecuritySetup
{
    /// <summary>The name of the session cookie that signs a browser (or a program holding it) in.</summary>
    public const string SessionCookie = "mp.session";

    /// <summary>The access rules and the services that ask them.</summary>
    public static void AddAccessControl(this IServiceCollection services)
    {
        services.AddSingleton<PresidencyCalendar>();
        services.AddScoped<AccessEvents>();
        services.AddScoped<AccessControl>();
    }

    /// <summary>Accounts, sign-in, sessions and the rules of who may do what.</summary>
    public static void AddSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var security = configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        var cookiesSecure = environment.IsDevelopment() || security.AllowPlainHttp || security.AllowPlainHttpOnLoopback
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always;

        services.AddAccessControl();
        services.AddHttpContextAccessor();

        // The keys that protect sign-in cookies and antiforgery tokens live in the database, so sessions survive a
        // restart and every instance of the app reads the same ones.
        services.AddDataProtection().SetApplicationName("MobilityPartnerships").PersistKeysToDbContext<AppDbContext>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(provider => provider.GetRequiredService<CurrentUser>());

        services.AddIdentityCore<Account>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Password.RequiredUniqueChars = 6;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = security.LockoutAfterFailures;
                options.Lockout.DefaultLockoutTimeSpan = security.LockoutDuration;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<AccountSignInManager>()
            .AddErrorDescriber<AccountErrorDescriber>()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>()
            .AddDefaultTokenProviders();

        var authentication = services.AddAuthentication(options =>
        {
            // The sign-in cookie, or for an API request that offers one, a personal access token (see BearerTokenHandler).
            options.DefaultScheme = BearerTokenHandler.RequestScheme;
            options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
        });
        authentication.AddIdentityCookies();
        authentication.AddPolicyScheme(BearerTokenHandler.RequestScheme, null, options => options.ForwardDefaultSelector = BearerTokenHandler.SchemeFor);
        authentication.AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        services.AddScoped<AccessTokens>();
        services.AddScoped<CreateAccessToken>();
        authentication.AddSingleSignOn(configuration);

        services.AddScoped<Sessions>();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = SessionCookie;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = cookiesSecure;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = security.IdleTimeout;
            options.SlidingExpiration = true;
            options.LoginPath = "/sign-in";
            options.AccessDeniedPath = "/sign-in";
            options.ReturnUrlParameter = "returnUrl";
            options.Events.OnRedirectToLogin = ProgramRequests.AnswerWith(StatusCodes.Status401Unauthorized, options.Events.OnRedirectToLogin);
            options.Events.OnRedirectToAccessDenied = ProgramRequests.AnswerWith(StatusCodes.Status403Forbidden, options.Events.OnRedirectToAccessDenied);
            options.Events.OnValidatePrincipal = ValidateSessionAsync;
        });
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = cookiesSecure);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            
            // API writes take a token allowed to write, never the session cookie: a browser's cookie cannot be made to write
            // from another site, and a program has no cookie to lose. Without a token: 401; with a read-only one: 403.
            .AddPolicy(BearerTokenHandler.WritePolicy, policy => policy
                .AddAuthenticationSchemes(BearerTokenHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => TokenClaims.MayWrite(context.User)));
        services.AddCascadingAuthenticationState();
        services.AddScoped<CircuitActivity>();
        services.AddScoped<CircuitHandler, CircuitActivityHandler>();
        services.AddScoped<CircuitHandler, AccessEventsCircuitHandler>();
        services.AddScoped<AuthenticationStateProvider, AccountRevalidation>();

        // The allowances per minute are counted in the database: they hold across instances (see SharedAllowances).
        services.AddSingleton<SharedAllowances>();
        services.AddSingleton<SearchAllowance>();
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(SignInEndpoints.RateLimitPolicy, context => RateLimitPartition.Get(
                "sign-in:address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                key => context.RequestServices.GetRequiredService<SharedAllowances>().Limiter(key, security.SignInAttemptsPerMinute, TimeSpan.FromMinutes(1))));
            options.AddUserRateLimits(security);
            options.OnRejected = (context, cancellationToken) =>
            {
                if (UserRateLimits.Applies(context.HttpContext))
                {
                    return UserRateLimits.RejectAsync(context, cancellationToken);
                }

                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SecuritySetup)).SignInThrottled();
                context.HttpContext.Response.Redirect("/sign-in?error=throttled");
                return ValueTask.CompletedTask;
            };
        });

        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
    }

    /// <summary>
    /// Every request with a sign-in cookie asks the database, in one statement, whether its session is still open (see
    /// <see cref="Sessions.IsOpenAsync"/>); one that has ended is refused at once and its cookie removed.
    /// </summary>
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<NoSessionCheck>() is not null)
        {
            return;
        }

        if (context.HttpContext.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            // The error page of a request that failed (the database away, say) shows to nobody in particular, at once,
            // rather than wait on the database a second time.
            context.RejectPrincipal();
            return;
        }

        var open = context.Principal is { } principal
            && await context.HttpContext.RequestServices.GetRequiredService<Sessions>().IsOpenAsync(principal, context.HttpContext.RequestAborted);
        if (!open)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    public static void UseSecurity(this WebApplication app)
    {
        var security = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value;
        if (!app.Environment.IsDevelopment() && !security.AllowPlainHttp)
        {
            app.UseHsts();
            if (security.AllowPlainHttpOnLoopback)
            {
                // Plain HTTP stays on this machine: any other client is sent to HTTPS, or refused where no HTTPS port is known.
                app.UseWhen(context => !IsPlainHttpFromLoopback(context), https => https
                    .UseHttpsRedirection()
                    .Use((context, next) => context.Request.IsHttps ? next(context) : RefusePlainHttpAsync(context)));
            }
            else
            {
                app.UseHttpsRedirection();
            }
        }

        app.UseSecurityHeaders();
        app.UseAuthentication();

        // Each request is one access event: the user's account and read scope are read once for it (see AccessEvents).
        app.Use((context, next) =>
        {
            context.RequestServices.GetRequiredService<AccessEvents>().Begin();
            return next(context);
        });
        app.UseAuthorization();
        app.UseRateLimiter();
    }

    private static bool IsPlainHttpFromLoopback(HttpContext context) =>
        !context.Request.IsHttps
        && context.Connection.RemoteIpAddress is { } address
        && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private static Task RefusePlainHttpAsync(HttpContext context)
    {
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<Strings>>()["Security_PlainHttpRefused"];
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text, context.RequestAborted);
    }
}
