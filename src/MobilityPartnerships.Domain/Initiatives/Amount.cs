namespace MobilityPartnerships.Domain.Initiatives;

/// <summary>
/// A sum of euros whose parts may not be known: the sum of the parts that are known (null when none is) and how many
/// parts are not. An initiative's amount has its funding lines as parts (with none, the whole amount is one unknown
/// part); a total has initiatives as parts, and counts each initiative whose amount is not fully known.
/// Unknown is never read as zero: a recorded 0 is <c>€ 0.00</c>, a missing figure is a part not known.
/// </summary>
public readonly record struct Amount(decimal? Known, int Unknown)
{
    /// <summary>The sum of no parts: € 0.00, and true.</summary>
    public static Amount Nothing => new(null, 0);

    /// <summary>An amount of which nothing is known ("to be determined").</summary>
    public static Amount NotKnown => new(null, 1);

    public static Amount Exact(decimal value) => new(value, 0);

    /// <summary>Every part is known; the value is <see cref="Value"/>.</summary>
    public bool IsExact => Unknown == 0;

    /// <summary>No part is known, and at least one is not.</summary>
    public bool IsNotKnown => Known is null && Unknown > 0;

    /// <summary>Some parts known, some not: the amount is at least <see cref="Known"/>.</summary>
    public bool IsPartial => Known is not null && Unknown > 0;

    /// <summary>What is known of it as a number: the sum of the known parts (0 for no parts at all); null when no part is known.</summary>
    public decimal? Sum => Unknown == 0 ? Known ?? 0m : Known;

    /// <summary>The exact amount, or null when a part is not known.</summary>
    public decimal? Value => IsExact ? Known ?? 0m : null;

    /// <summary>An initiative's amount from its funding lines' figures; no line at all is one part not known.</summary>
    public static Amount OfLines(IEnumerable<decimal?> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        decimal? known = null;
        var unknown = 0;
        var lines = 0;
        foreach (var figure in figures)
        {
            lines++;
            if (figure is { } value)
            {
                known = (known ?? 0m) + value;
            }
            else
            {
                unknown++;
            }
        }

        return lines == 0 ? NotKnown : new Amount(known, unknown);
    }

    /// <summary>
    /// The total over rows (initiatives): the sum of what is known of each, and how many rows are not fully known.
    /// A total over no rows is € 0.00.
    /// </summary>
    public static Amount Total(IEnumerable<Amount> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var total = Nothing;
        foreach (var row in rows)
        {
            total += new Amount(row.Known, row.IsExact ? 0 : 1);
        }

        return total;
    }

    /// <summary>The same amount: equal sums of what is known and as many parts not known (a sum of no parts is € 0.00).</summary>
    public bool Equals(Amount other) => Sum == other.Sum && Unknown == other.Unknown;

    public override int GetHashCode() => HashCode.Combine(Sum, Unknown);

    /// <summary>Two sums of separate parts taken together (pillar totals into the grand total).</summary>
    public static Amount operator +(Amount left, Amount right) =>
        new(left.Known is null && right.Known is null ? null : (left.Known ?? 0m) + (right.Known ?? 0m), left.Unknown + right.Unknown);

    public static Amount Add(Amount left, Amount right) => left + right;
}
