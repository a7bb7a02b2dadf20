namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>
/// How alike two organisation names are, from 0 to 1. Words pair up one to one, best pairs first: the
/// same word counts 1; an acronym standing for a run of the other name's words ("IOM", "DG JLS") 0.95 for
/// each word it covers; an abbreviation the other word starts with ("Del", "Delegation") 0.9; a typo
/// (both words at least four letters, Levenshtein similarity 1 − distance / longer length of at least
/// 0.8: "Organisation", "Organization") that similarity. The score is the mean of the share of both
/// names' words that pair up (Dice) and the share of the better covered name's words (so "EuropeAid" is
/// close to "EuropeAid Co-operation Office").
/// </summary>
internal static class NameSimilarity
{
    private const double AcronymWeight = 0.95;
    private const double AbbreviationWeight = 0.9;
    private const double TypoThreshold = 0.8;

    public static double Score(OrganisationName first, OrganisationName second)
    {
        if (first.Key.Length > 0 && first.Key == second.Key)
        {
            return 1;
        }

        var a = first.Words;
        var b = second.Words;
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var pairs = new List<(double Weight, int[] FromA, int[] FromB)>();
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                var weight = WordScore(a[i].Text, b[j].Text);
                if (weight > 0)
                {
                    pairs.Add((weight, [i], [j]));
                }
            }
        }

        pairs.AddRange(Acronyms(a, b).Select(run => (AcronymWeight, new[] { run.Word }, run.Covered)));
        pairs.AddRange(Acronyms(b, a).Select(run => (AcronymWeight, run.Covered, new[] { run.Word })));

        var usedA = new double[a.Count];
        var usedB = new double[b.Count];
        foreach (var (weight, fromA, fromB) in pairs.OrderByDescending(p => p.Weight).ThenBy(p => p.FromA.Length + p.FromB.Length))
        {
            if (fromA.Any(i => usedA[i] > 0) || fromB.Any(j => usedB[j] > 0))
            {
                continue;
            }

            Array.ForEach(fromA, i => usedA[i] = weight);
            Array.ForEach(fromB, j => usedB[j] = weight);
        }

        var (sumA, sumB) = (usedA.Sum(), usedB.Sum());
        var dice = (sumA + sumB) / (a.Count + b.Count);
        var containment = Math.Max(sumA / a.Count, sumB / b.Count);
        return (dice + containment) / 2;
    }

    private static double WordScore(string first, string second)
    {
        if (first == second)
        {
            return 1;
        }

        var (shorter, longer) = first.Length <= second.Length ? (first, second) : (second, first);
        if (shorter.Length >= 3 && longer.Length >= shorter.Length + 2 && longer.StartsWith(shorter, StringComparison.Ordinal))
        {
            return AbbreviationWeight;
        }

        if (shorter.Length < 4)
        {
            return 0;
        }

        var similarity = 1 - ((double)EditDistance.Levenshtein(first, second) / longer.Length);
        return similarity >= TypoThreshold ? similarity : 0;
    }

    /// <summary>Words of one name that are the initials of a run of the other's words ("jls": justice, liberty, security).</summary>
    private static IEnumerable<(int Word, int[] Covered)> Acronyms(IReadOnlyList<OrganisationName.Word> words, IReadOnlyList<OrganisationName.Word> other)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Text;
            if (word.Length < 2 || !word.All(char.IsLetter))
            {
                continue;
            }

            for (var start = 0; start < other.Count; start++)
            {
                var initials = string.Empty;
                for (var end = start; end < other.Count && initials.Length < word.Length; end++)
                {
                    initials += other[end].Initials;
                    if (initials == word && other[end].Text != word)
                    {
                        yield return (i, Enumerable.Range(start, end - start + 1).ToArray());
                    }
                }
            }
        }
    }
}
