namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>A cell read as a value of the product: the value, why it cannot be read, or the two readings it allows.</summary>
internal abstract record Parsed<T>
{
    private Parsed()
    {
    }

    public sealed record Value(T Result) : Parsed<T>;

    public sealed record Invalid(string Message) : Parsed<T>;

    /// <summary>A number that reads two ways; the user chooses.</summary>
    public sealed record Ambiguous(string Text, decimal AsThousands, decimal AsDecimal) : Parsed<T>;
}
