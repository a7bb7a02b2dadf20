namespace MobilityPartnerships.Web.Security;

/// <summary>Sign-in events, by account id only: no e-mail addresses or names reach the log.</summary>
internal static partial class SecurityLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Signed in: user {UserId}")]
    public static partial void SignedIn(this ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused ({Reason}) for user {UserId}")]
    public static partial void SignInRefused(this ILogger logger, string reason, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Signed out: user {UserId}, everywhere: {Everywhere}")]
    public static partial void SignedOut(this ILogger logger, string userId, bool everywhere);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in attempts throttled for one address")]
    public static partial void SignInThrottled(this ILogger logger);
}
