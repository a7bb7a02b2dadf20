using MobilityPartnerships.Domain.Common;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing.Reading;

/// <summary>
/// One cell as the file stores it: its text, and its number or date when the spreadsheet stored one, so a
/// number typed into Excel never goes through text parsing and its format cannot be misread.
/// </summary>
public sealed record SheetCell(string Text, decimal? Number = null, DateOnly? Date = null, bool FormulaWithoutValue = false)
{
    public static SheetCell Empty { get; } = new(string.Empty);

    /// <summary>Nothing in it can be seen: no value, or a text only of white space or of characters no font draws.</summary>
    public bool IsBlank => !FormulaWithoutValue && Number is null && Date is null && TextCharacters.IsBlank(Text);
}
