using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Revising;

/// <summary>A partnership's own details: its name, the deadline of exploratory talks, and the partner's priorities, one per line.</summary>
public sealed class PartnershipDetailsDraft
{
    /// <summary>Refusals of the name (including a name taken) show at the name, of a priority at the priorities.</summary>
    public static RuleFields Refusals { get; } = RuleFields.Of(
        ("partnership.name", nameof(Name)),
        ("partnership.priority", nameof(Priorities)));

    public string Name { get; set; } = string.Empty;

    public DateOnly? ExploratoryTalksDeadline { get; set; }

    public string? Priorities { get; set; }

    public IEnumerable<string> PriorityLines =>
        TextCharacters.Lines(Priorities);
}
