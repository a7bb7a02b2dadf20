namespace MobilityPartnerships.Web.Features.Meetings.Agenda;

/// <summary>An agenda item as a participant proposes it.</summary>
public sealed class AgendaItemDraft
{
    public string Title { get; set; } = string.Empty;

    public string? Note { get; set; }
}
