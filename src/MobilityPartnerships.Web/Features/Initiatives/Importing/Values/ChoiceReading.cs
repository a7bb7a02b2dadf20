namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Values;

/// <summary>What a cell holding one of a fixed set of choices (a pillar, a status, yes or no) says.</summary>
/// <typeparam name="T">The choice: an enumeration or <see cref="bool"/>.</typeparam>
public abstract record ChoiceReading<T>
    where T : struct
{
    private ChoiceReading()
    {
    }

    /// <summary>The cell is empty.</summary>
    public sealed record Blank : ChoiceReading<T>;

    /// <summary>The choice the cell names.</summary>
    public sealed record Chosen(T Value) : ChoiceReading<T>;

    /// <summary>The cell says the choice is not made yet.</summary>
    public sealed record ToBeDetermined : ChoiceReading<T>;

    /// <summary>The cell names none of the choices; the message lists the words accepted.</summary>
    public sealed record Invalid(string Message) : ChoiceReading<T>;
}
