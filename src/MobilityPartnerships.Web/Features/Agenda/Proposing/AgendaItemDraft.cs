using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Agenda.Proposing;

/// <summary>An agenda item as a participant proposes it.</summary>
public sealed class AgendaItemDraft
{
    /// <summary>Where the domain's refusals of an agenda item show.</summary>
    public static RuleFields Fields { get; } = RuleFields.Of(
        ("agenda.title", nameof(Title)),
        ("agenda.note", nameof(Note)));

    public string Title { get; set; } = string.Empty;

    public string? Note { get; set; }
}
