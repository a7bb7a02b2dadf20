using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MobilityPartnerships.Web.Features.OpenData.Iati;

/// <summary>Activity identifiers and the export's file name.</summary>
internal static partial class IatiIdentifiers
{
    /// <summary>
    /// The reporting organisation's identifier, a hyphen and the initiative's reference code, or its id where it has
    /// no code. IATI forbids <c>/ &amp; | ?</c> in identifiers and spaces break them, so every character other than an
    /// ASCII letter, digit, dot, underscore or hyphen becomes a hyphen: "2005/103475" gives "…-2005-103475".
    /// </summary>
    public static string For(string reportingOrganisationRef, string? referenceCode, Guid initiativeId)
    {
        var suffix = referenceCode is null ? string.Empty : Disallowed().Replace(referenceCode.Trim(), "-").Trim('-');
        return reportingOrganisationRef + "-" + (suffix.Length == 0 ? initiativeId.ToString() : suffix);
    }

    /// <summary>The identifier by the initiative's id, for when its code gives one already taken in the file.</summary>
    public static string ById(string reportingOrganisationRef, Guid initiativeId) => For(reportingOrganisationRef, null, initiativeId);

    /// <summary>"iati-activities-" and the partnership's name in lower-case ASCII words joined by hyphens.</summary>
    public static string FileNameFor(string partnershipName)
    {
        var plain = new StringBuilder(partnershipName.Length);
        foreach (var c in partnershipName.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(c);
            }
        }

        var words = NotWord().Replace(plain.ToString().ToLowerInvariant(), "-").Trim('-');
        if (words.Length > 80)
        {
            words = words[..80].TrimEnd('-');
        }

        return "iati-activities-" + (words.Length == 0 ? "partnership" : words) + ".xml";
    }

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex Disallowed();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotWord();
}
