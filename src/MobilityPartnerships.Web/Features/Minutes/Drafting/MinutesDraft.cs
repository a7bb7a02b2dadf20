using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Minutes.Drafting;

/// <summary>The draft minutes and the meeting's decisions, one decision per line, as the focal point writes them.</summary>
public sealed class MinutesDraft
{
    /// <summary>
    /// Where the domain's refusals of the minutes show: the minutes' and the decisions' own rules at their fields;
    /// minutes locked by approval above the form.
    /// </summary>
    public static RuleFields Fields { get; } = RuleFields.Of(
        ("meeting.minutes", nameof(Minutes)),
        ("meeting.minutes.locked", FieldError.FormLevel),
        ("meeting.decision", nameof(Decisions)),
        ("meeting.decisions", nameof(Decisions)));

    public string? Minutes { get; set; }

    public string? Decisions { get; set; }

    public IReadOnlyList<string> DecisionLines =>
        TextCharacters.Lines(Decisions);
}
