namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>
/// A number the sheet writes ambiguously ("1.196": one thousand one hundred and ninety-six, or one point one
/// nine six): the user says which it is.
/// </summary>
public sealed record NumberQuestion(CellPosition Cell, string Column, string Text, decimal AsThousands, decimal AsDecimal, decimal? Answer);
