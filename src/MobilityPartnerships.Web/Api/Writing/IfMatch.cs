using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace MobilityPartnerships.Web.Api.Writing;

/// <summary>
/// What an update's <c>If-Match</c> header asks (RFC 9110, section 13.1.1): a version it was read at, any version
/// (<c>*</c>), a tag that can never match, or nothing readable. Entity tags are compared strongly, so a weak tag
/// (<c>W/"48213"</c>) never matches; a strong tag this API never gives (<c>"abc"</c>) never matches either. Neither says
/// that someone stored a newer version, and the answer must not claim it.
/// </summary>
internal abstract record IfMatch
{
    /// <summary>No header, or an empty one.</summary>
    public sealed record Missing : IfMatch;

    /// <summary><c>*</c>: whatever version is stored now.</summary>
    public sealed record AnyVersion : IfMatch;

    /// <summary>The versions named by the header's strong tags, in its order.</summary>
    public sealed record Versions(IReadOnlyList<uint> Listed) : IfMatch;

    /// <summary>Well formed, but no tag in it can match a version: weak tags, or strong ones that are no version of this API's.</summary>
    public sealed record NoVersion(string Header, bool Weak) : IfMatch;

    /// <summary>Not a list of entity tags, nor <c>*</c> ("abc", <c>48213</c> without quotes, <c>*</c> beside a tag).</summary>
    public sealed record Malformed(string Header) : IfMatch;

    public static IfMatch Read(StringValues headers)
    {
        var header = string.Join(", ", headers.Where(h => !string.IsNullOrWhiteSpace(h))).Trim();
        if (header.Length == 0)
        {
            return new Missing();
        }

        if (header == "*")
        {
            return new AnyVersion();
        }

        if (Tags(header) is not { Count: > 0 } tags)
        {
            return new Malformed(header);
        }

        var versions = tags.Where(t => !t.Weak).Select(t => Version(t.Opaque)).OfType<uint>().ToList();
        return versions.Count > 0 ? new Versions(versions) : new NoVersion(header, tags.TrueForAll(t => t.Weak));
    }

    /// <summary>The entity tags of a list (<c>"1", W/"2"</c>); null when it is not one.</summary>
    private static List<(bool Weak, string Opaque)>? Tags(string header)
    {
        var tags = new List<(bool Weak, string Opaque)>();
        var at = 0;
        while (true)
        {
            // A list may hold empty elements ("1", , "2"), which a recipient ignores (RFC 9110, section 5.6.1).
            while (at < header.Length && header[at] is ' ' or '\t' or ',')
            {
                at++;
            }

            if (at == header.Length && tags.Count > 0)
            {
                return tags;
            }

            var weak = string.CompareOrdinal(header, at, "W/", 0, 2) == 0;
            at += weak ? 2 : 0;
            if (at >= header.Length || header[at] != '"')
            {
                return null;
            }

            var close = header.IndexOf('"', at + 1);
            if (close < 0 || !header[(at + 1)..close].All(IsTagCharacter))
            {
                return null;
            }

            tags.Add((weak, header[(at + 1)..close]));
            at = SkipSpace(header, close + 1);
            if (at == header.Length)
            {
                return tags;
            }

            if (header[at] != ',')
            {
                return null;
            }
        }
    }

    /// <summary>etagc: any visible character but the double quote, or beyond ASCII.</summary>
    private static bool IsTagCharacter(char c) => c == 0x21 || (c >= 0x23 && c <= 0x7E) || c >= 0x80;

    private static int SkipSpace(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t')
        {
            at++;
        }

        return at;
    }

    /// <summary>A version as <see cref="EntityTags.Of"/> writes it: digits only.</summary>
    private static uint? Version(string opaque) =>
        uint.TryParse(opaque, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
}
