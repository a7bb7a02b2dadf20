using System.Text.RegularExpressions;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>
/// Takes the reference code out of a title that ends with it in parentheses, as scoreboards often write
/// projects: "Support to the movement of people (MED/2003/5725)". A code has at least one digit and a '/'
/// or '-', and no spaces inside its parentheses; "(IOM)", "(2006)", "(2006-2008)" (years) and parentheses
/// in the middle of a title are left alone. A closing quote left without its opening one just before the
/// code belongs to the removed part and goes with it. The title keeps its characters as every writer stores a text
/// (<see cref="TextCharacters.Normalised"/>: trimmed, inner spaces as they are), so that an export reads back unchanged.
/// </summary>
public static partial class ReferenceCodeInTitle
{
    private const string ClosingQuotes = "\"”»";
    private const string OpeningQuotes = "\"“«";

    /// <summary>Splits one title cell.</summary>
    public static TitleAndReferenceCode Split(string? title)
    {
        var cleaned = TextCharacters.Normalised(title);
        if (!cleaned.EndsWith(')'))
        {
            return new TitleAndReferenceCode(cleaned, null);
        }

        var open = cleaned.LastIndexOf('(');
        if (open <= 0)
        {
            return new TitleAndReferenceCode(cleaned, null);
        }

        var code = cleaned[(open + 1)..^1].Trim();
        if (!Code().IsMatch(code) || Years().IsMatch(code) || code.Length > Initiative.ReferenceCodeMaxLength)
        {
            return new TitleAndReferenceCode(cleaned, null);
        }

        var rest = cleaned[..open].TrimEnd();
        if (rest.Length > 0 && ClosingQuotes.Contains(rest[^1], StringComparison.Ordinal) && !HasOpeningQuote(rest[..^1]))
        {
            rest = rest[..^1].TrimEnd();
        }

        return rest.Length == 0 ? new TitleAndReferenceCode(cleaned, null) : new TitleAndReferenceCode(rest, code);
    }

    private static bool HasOpeningQuote(string text) =>
        text.Any(c => OpeningQuotes.Contains(c, StringComparison.Ordinal) && c != '"') || text.Count(c => c == '"') % 2 == 1;

    /// <summary>Letters, digits and the usual joiners, with at least one digit and one '/' or '-'.</summary>
    [GeneratedRegex(@"^(?=[^/\-]*[/\-])(?=\D*\d)[\p{L}\d][\p{L}\d/\-._]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Code();

    /// <summary>"2006-2008", "2006/07": a span of years, not a code.</summary>
    [GeneratedRegex(@"^(?:19|20)\d{2}\s*[/\-]\s*(?:(?:19|20)\d{2}|\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Years();
}
