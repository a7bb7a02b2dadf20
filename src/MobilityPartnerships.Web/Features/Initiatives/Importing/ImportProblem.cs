using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>Something wrong in a row, said at its row and column: the row cannot be imported as it is.</summary>
public sealed record ImportProblem(int Row, string Column, string Message)
{
    /// <summary>The key of the problem as users read it: "Row 3, EU contribution: …", with <see cref="Row"/>, <see cref="Column"/>, <see cref="Message"/>.</summary>
    public const string TextKey = "Import_Problem";

    /// <summary>The problem in the current language (pages say it through their localizer, with <see cref="TextKey"/>).</summary>
    public override string ToString() => ResourceText.Format(TextKey, Row, Column, Message);
}
