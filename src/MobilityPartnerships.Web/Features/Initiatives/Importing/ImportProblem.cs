namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>Something wrong in a row, said at its row and column: the row cannot be imported as it is.</summary>
public sealed record ImportProblem(int Row, string Column, string Message)
{
    public override string ToString() => $"Row {Row}, {Column}: {Message}";
}
