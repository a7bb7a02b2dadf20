using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace MobilityPartnerships.Web.Security.Tokens;

/// <summary>
/// A token's secret: <see cref="Marker"/> and 256 random bits in base64url ("mpt_…", 47 characters). The marker lets
/// secret scanners and people recognise one in a file or a log; the 256 bits make guessing hopeless, so a fast hash
/// (SHA-256) is enough to store it: nobody can try enough candidates against it for a slow hash to matter.
/// </summary>
public static class TokenSecret
{
    public const string Marker = "mpt_";

    private const int SecretBytes = 32;

    private static readonly SearchValues<char> Base64UrlCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    /// <summary>Length of a secret: the marker and 43 base64url characters.</summary>
    public static readonly int Length = Marker.Length + 43;

    /// <summary>How many of the secret's characters are kept in clear to recognise it by.</summary>
    public const int PrefixLength = 8;

    public static string New() => Marker + Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));

    public static byte[] Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return SHA256.HashData(Encoding.ASCII.GetBytes(secret));
    }

    /// <summary>Whether the text has the shape of a secret (checked before anything is asked of the database).</summary>
    public static bool IsWellFormed(string? text) =>
        text is not null
        && text.Length == Length
        && text.StartsWith(Marker, StringComparison.Ordinal)
        && text.AsSpan(Marker.Length).IndexOfAnyExcept(Base64UrlCharacters) < 0;

    public static string PrefixOf(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return secret[..(Marker.Length + PrefixLength)];
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
