namespace MobilityPartnerships.Web.Components.Common;

/// <summary>What a typed amount of money in euro (a cell, a form's amount field) says: an amount, that it is to be determined, two readings the user must choose between, or why it is not an amount.</summary>
public abstract record MoneyReading
{
    private MoneyReading()
    {
    }

    /// <summary>The cell is empty.</summary>
    public sealed record Blank : MoneyReading;

    /// <summary>An amount in euro, at most two decimals, not negative.</summary>
    public sealed record Amount(decimal Value) : MoneyReading;

    /// <summary>The cell says the amount is not known yet.</summary>
    public sealed record ToBeDetermined : MoneyReading;

    /// <summary>
    /// One separator followed by exactly three digits, the last a zero ("1.190"): thousands or a decimal point, both
    /// amounts to the cent, and nothing in the cell tells which.
    /// </summary>
    public sealed record Ambiguous(decimal AsThousands, decimal AsDecimal, string Message) : MoneyReading;

    /// <summary>The cell is not an amount the product can hold; the message names the problem and the value.</summary>
    public sealed record Invalid(string Message) : MoneyReading;
}
