namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>What a Start or End cell says about a month of an implementation period.</summary>
public abstract record MonthReading
{
    private MonthReading()
    {
    }

    /// <summary>The cell is empty.</summary>
    public sealed record Blank : MonthReading;

    /// <summary>A month, as the first day of that month.</summary>
    public sealed record Month(DateOnly Value) : MonthReading;

    /// <summary>
    /// A year without a month ("2010"): the caller decides, as the start of a range is January and the end
    /// is December.
    /// </summary>
    public sealed record Year(int Value) : MonthReading;

    /// <summary>
    /// A month the text gives only roughly ("end of 2010": December 2010; "early 2012": January; "mid-2011":
    /// July), with the text kept as the period's note.
    /// </summary>
    public sealed record Approximate(DateOnly Value, string Note) : MonthReading;

    /// <summary>The cell says the month is not known yet.</summary>
    public sealed record ToBeDetermined : MonthReading;

    /// <summary>The cell is not a month; the message names the problem and the value.</summary>
    public sealed record Invalid(string Message) : MonthReading
    {
        /// <summary>The message says only that the text is not a month, rather than naming a more precise problem.</summary>
        public bool OnlyNotAMonth { get; init; }
    }
}
