namespace MobilityPartnerships.Web.Security.Tokens;

/// <summary>
/// A personal access token: a secret an account's owner gives a program (their ministry's tracker, R, Power BI) so that
/// it calls the API as them, under the same access rules, until the token expires or is revoked. Only the secret's
/// SHA-256 is kept; the secret itself is shown once, when the token is created.
/// </summary>
public sealed class AccessToken
{
    public const int NameMaxLength = 100;

    public Guid Id { get; init; }

    public Guid AccountId { get; init; }

    /// <summary>What the owner calls it ("Power BI at the ministry"), to tell their tokens apart.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The first characters of the secret, shown beside the name so that the owner recognises a token they hold.</summary>
    public string Prefix { get; init; } = string.Empty;

    /// <summary>SHA-256 of the whole secret; the token is found by it.</summary>
    public byte[] SecretHash { get; init; } = [];

    public TokenScope Scope { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    /// <summary>When a program last used it, to the minute or so (not written on every request).</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>What a token's program may do: read, or read and write (the write API).</summary>
public enum TokenScope
{
    Read,
    ReadWrite,
}
