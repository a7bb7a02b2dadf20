namespace MobilityPartnerships.Web.Features.Scoreboards.Page;

/// <summary>
/// The places of the scoreboard grid's columns that are no field's, among the catalogue's field columns
/// (<see cref="Initiatives.Fields.InitiativeFields.GridColumns"/>, placed by <see cref="Initiatives.Fields.GridColumn.Position"/>).
/// </summary>
public static class ScoreboardGrid
{
    /// <summary>
    /// The initiative's title, a link to it with the row's flags: always shown (the user has no choice to hide it, so it
    /// has no <see cref="ScoreboardColumn"/>) and its cell is markup, not a text; an export "as shown" writes it here too.
    /// </summary>
    public const int TitlePosition = 2;

    /// <summary>How many of its indicators are on track: read from the initiative's indicators, no field of its own; not exported.</summary>
    public const int IndicatorsPosition = 6;
}
