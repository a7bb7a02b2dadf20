namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>How many single-letter changes turn one word into another: the measure of a typo in an organisation's name.</summary>
public static class EditDistance
{
    /// <summary>The Levenshtein distance: insertions, deletions and substitutions, each counting one.</summary>
    public static int Levenshtein(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var previous = new int[second.Length + 1];
        var current = new int[second.Length + 1];
        for (var j = 0; j <= second.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= first.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= second.Length; j++)
            {
                var substitution = previous[j - 1] + (first[i - 1] == second[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[second.Length];
    }
}
