namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>
/// A part of an initiative's one funding line that the row and the "Funding lines" sheet both changed, to different
/// values: both values at their cells ("Scoreboard!V5", "'Funding lines'!G3"); the user says which holds.
/// </summary>
public sealed record FundingQuestion(CellPosition Cell, string Column, string RowCell, string RowValue, string FundingLinesCell, string FundingLinesValue, HoldingSheet? Answer);

/// <summary>Which of the two sheets holds a value they give differently.</summary>
public enum HoldingSheet
{
    /// <summary>The row of the sheet being imported.</summary>
    Row,

    /// <summary>The initiative's line in the "Funding lines" sheet.</summary>
    FundingLines,
}
