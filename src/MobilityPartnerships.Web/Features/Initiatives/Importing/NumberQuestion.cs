namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>
/// A number the sheet writes ambiguously ("1.190": one thousand one hundred and ninety, or one point one
/// nine): the user says which it is. Only readings that are amounts to the cent are offered.
/// </summary>
public sealed record NumberQuestion(CellPosition Cell, string Column, string Text, decimal AsThousands, decimal AsDecimal, decimal? Answer);
