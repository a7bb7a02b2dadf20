using System.Text.RegularExpressions;
using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>
/// Finds which known organisation a name in a sheet means. Names compare without case, accents,
/// punctuation or spacing.
/// <list type="bullet">
/// <item>Exact: the text is the name or the short name, or both in one of the usual forms ("IOM - International
/// Organization for Migration", "International Organization for Migration (IOM)", either way round, with a
/// hyphen or a dash), and no other organisation is named so.</item>
/// <item>Close: anything else scoring at least <see cref="CloseThreshold"/> (see <see cref="NameSimilarity"/>):
/// spelling variants, a missing word, abbreviations ("Del Morocco"), acronyms ("DG JLS"). A matching short
/// name with a long name that differs ("Organisation for Migration (IOM)") is Close too: the two halves
/// disagree, so the user confirms. Two organisations named exactly alike are Close, never Exact.</item>
/// </list>
/// </summary>
public sealed partial class OrganisationMatcher
{
    /// <summary>
    /// The lowest score offered as close. Two names sharing two of three words score about 0.67
    /// ("International Labour Organization", "International Organization for Migration") and are not offered.
    /// </summary>
    public const double CloseThreshold = 0.7;

    /// <summary>At most this many close candidates are offered, best first.</summary>
    public const int MaxCandidates = 5;

    /// <summary>
    /// The longest text that can name an organisation: its longest name with its longest short name ("Name (Short)").
    /// A longer text matches nothing and is not compared, so a cell of megabytes costs no scoring.
    /// </summary>
    public const int MaxNameLength = Domain.Organisations.Organisation.NameMaxLength + Domain.Organisations.Organisation.ShortNameMaxLength + 3;

    private readonly List<Entry> entries;

    public OrganisationMatcher(IEnumerable<KnownOrganisation> organisations)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        // One entry per language an organisation is named in: a sheet may name it in English or in French.
        entries = organisations
            .SelectMany(o => (IEnumerable<Entry>)[
                new Entry(o, new OrganisationName(o.Name), string.IsNullOrWhiteSpace(o.ShortName) ? null : new OrganisationName(o.ShortName)),
                .. string.IsNullOrWhiteSpace(o.FrenchName) ? [] : (Entry[])[new Entry(o, new OrganisationName(o.FrenchName), string.IsNullOrWhiteSpace(o.FrenchShortName) ? null : new OrganisationName(o.FrenchShortName))],
            ])
            .ToList();
    }

    /// <summary>Matches one name from a sheet.</summary>
    public OrganisationMatch Match(string? text)
    {
        var cleaned = CellText.Clean(text);
        if (cleaned.Length == 0)
        {
            return new OrganisationMatch.Blank();
        }

        if (ToBeDeterminedText.Matches(cleaned))
        {
            return new OrganisationMatch.ToBeDetermined();
        }

        if (TextCharacters.Count(cleaned) > MaxNameLength)
        {
            return new OrganisationMatch.NoMatch();
        }

        var whole = new OrganisationName(cleaned);
        var halves = Halves(cleaned);
        var exact = entries.Where(e => IsExact(e, whole, halves)).Select(e => e.Organisation).Distinct().ToList();
        if (exact.Count == 1)
        {
            return new OrganisationMatch.Exact(exact[0].Id);
        }

        var candidates = entries
            .GroupBy(e => e.Organisation)
            .Select(g => new OrganisationCandidate(g.Key.Id, g.Key.DisplayName, exact.Contains(g.Key) ? 1 : g.Max(e => Score(e, whole, halves))))
            .Where(c => c.Score >= CloseThreshold)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.DisplayName, NameOrder.Comparer)
            .Take(MaxCandidates)
            .ToList();
        return candidates.Count > 0 ? new OrganisationMatch.Close(candidates) : new OrganisationMatch.NoMatch();
    }

    private static bool IsExact(Entry entry, OrganisationName whole, (OrganisationName First, OrganisationName Second)? halves)
    {
        var (name, shortName) = (entry.Name.Key, entry.ShortName?.Key);
        if (whole.Key == name || whole.Key == shortName)
        {
            return true;
        }

        return halves is (var first, var second) && shortName is not null
            && ((first.Key == shortName && second.Key == name) || (first.Key == name && second.Key == shortName));
    }

    private static double Score(Entry entry, OrganisationName whole, (OrganisationName First, OrganisationName Second)? halves)
    {
        var score = NameSimilarity.Score(whole, entry.Name);
        if (entry.ShortName is { } shortName)
        {
            score = Math.Max(score, NameSimilarity.Score(whole, shortName));
            if (halves is (var first, var second))
            {
                var shortFirst = (NameSimilarity.Score(first, shortName) + NameSimilarity.Score(second, entry.Name)) / 2;
                var nameFirst = (NameSimilarity.Score(first, entry.Name) + NameSimilarity.Score(second, shortName)) / 2;
                score = Math.Max(score, Math.Max(shortFirst, nameFirst));
            }
        }

        return Math.Round(score, 3);
    }

    /// <summary>"A - B", "A – B" or "A (B)": the two halves of a name written with its short name.</summary>
    private static (OrganisationName First, OrganisationName Second)? Halves(string cleaned)
    {
        var match = TwoHalves().Match(cleaned);
        return match.Success ? (new OrganisationName(match.Groups["a"].Value), new OrganisationName(match.Groups["b"].Value)) : null;
    }

    [GeneratedRegex(@"^(?:(?<a>.+?)\s+[\-\u2013\u2014]\s+(?<b>.+)|(?<a>[^()]+?)\s*\((?<b>[^()]+)\))$", RegexOptions.CultureInvariant)]
    private static partial Regex TwoHalves();

    private sealed record Entry(KnownOrganisation Organisation, OrganisationName Name, OrganisationName? ShortName);
}
