namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>What a cell giving a whole implementation period says.</summary>
public abstract record PeriodReading
{
    private PeriodReading()
    {
    }

    /// <summary>The cell is empty.</summary>
    public sealed record Blank : PeriodReading;

    /// <summary>
    /// The period as the cell states it: months as first days of the month, a duration only when the cell
    /// names one, and a note only when the cell gives a month roughly ("end of 2010").
    /// </summary>
    public sealed record Period(DateOnly? Start, DateOnly? End, int? DurationMonths, string? Note) : PeriodReading;

    /// <summary>The cell says the period is not known yet.</summary>
    public sealed record ToBeDetermined : PeriodReading;

    /// <summary>The cell is not a period the product can hold; the message names the problem and the value.</summary>
    public sealed record Invalid(string Message) : PeriodReading;
}
