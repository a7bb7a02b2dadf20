using System.Globalization;
using System.Text.RegularExpressions;
using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;

/// <summary>
/// Reads back the texts a version keeps for a partner ("IOM (Participating)") and a funding line ("EuProgramme (Sweden):
/// total 1,000.00, EU 500.00"), as <see cref="ScoreboardSnapshot"/> writes them, so that the version's page and its
/// downloads word them in the reader's language rather than show the stored codes. A text in another shape reads as stored.
/// </summary>
public static partial class StoredVersionText
{
    /// <summary>A partner's organisation and role; the role is null when the text has none (a version's older shape).</summary>
    public static (string Organisation, PartnerRole? Role) Partner(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        foreach (var role in Enum.GetValues<PartnerRole>())
        {
            var suffix = $" ({role})";
            if (stored.EndsWith(suffix, StringComparison.Ordinal))
            {
                return (stored[..^suffix.Length], role);
            }
        }

        return (stored, null);
    }

    /// <summary>A funding line's programme or source, contributor and amounts (null: not known); null when the text has another shape.</summary>
    public static StoredFundingLine? FundingLine(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var match = FundingLineText().Match(stored);
        if (!match.Success)
        {
            return null;
        }

        var what = match.Groups["what"].Value;
        FundingSourceKind? source = Enum.TryParse<FundingSourceKind>(what, out var kind) && Enum.IsDefined(kind) && kind.ToString() == what ? kind : null;
        return new StoredFundingLine(what, source, match.Groups["who"].Success ? match.Groups["who"].Value : null, Amount(match.Groups["total"].Value), Amount(match.Groups["eu"].Value));
    }

    private static decimal? Amount(string stored) =>
        decimal.TryParse(stored, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : null;

    [GeneratedRegex(@"^(?<what>.*?)(?: \((?<who>[^()]*)\))?: total (?<total>-|[\d,]+\.\d\d), EU (?<eu>-|[\d,]+\.\d\d)$")]
    private static partial Regex FundingLineText();
}

/// <summary>A funding line as a version keeps it: its programme, or its kind of source where it names none (<paramref name="Source"/>).</summary>
public sealed record StoredFundingLine(string What, FundingSourceKind? Source, string? Contributor, decimal? TotalBudget, decimal? EuContribution)
{
    /// <summary>What funds the line and who contributes, the kind of source in <paramref name="words"/>: "EU programme (Sweden)".</summary>
    public string Funder(Func<FundingSourceKind, string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var source = Source is { } kind ? words(kind) : What;
        return Contributor is { } contributor ? $"{source} ({contributor})" : source;
    }
}
