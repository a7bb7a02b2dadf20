namespace MobilityPartnerships.Web.Data.Figures;

/// <summary>
/// A value some of a partnership's initiatives use, for a scoreboard filter that offers its values as choices, counted
/// per whether the initiatives may be shared beyond the partnership: a thematic area, a lead, a programme, a
/// contributor (<see cref="Filter"/> names the filter as the catalogue does). The filter's choices are the rows still
/// used: as many as the distinct values the initiatives use, which grows with the data (a free-text programme or an
/// organisation may have thousands), so a filter offers only its most used (<c>FilterChoices.Limit</c>). Kept by the database from the changes of each statement on
/// initiatives, their thematic areas and their funding lines, whatever writes them. The app only reads it.
/// </summary>
public sealed class PartnershipChoice
{
    public Guid PartnershipId { get; init; }

    public bool IsShareable { get; init; }

    /// <summary>The filter's name in the catalogue (<c>thematicAreaId</c>, <c>leadId</c>, <c>programme</c>, <c>contributorId</c>).</summary>
    public required string Filter { get; init; }

    /// <summary>The record chosen, for a filter by id; null for a filter by text.</summary>
    public Guid? ChoiceId { get; init; }

    /// <summary>The text chosen, for a filter by text; null for a filter by id.</summary>
    public string? ChoiceText { get; init; }

    /// <summary>How many uses by those initiatives (0 once none uses it).</summary>
    public int Uses { get; init; }
}
