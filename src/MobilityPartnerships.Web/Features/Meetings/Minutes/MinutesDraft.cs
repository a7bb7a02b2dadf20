namespace MobilityPartnerships.Web.Features.Meetings.Minutes;

/// <summary>The draft minutes and the meeting's decisions, one decision per line, as the focal point writes them.</summary>
public sealed class MinutesDraft
{
    public string? Minutes { get; set; }

    public string? Decisions { get; set; }

    public IReadOnlyList<string> DecisionLines =>
        [.. (Decisions ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}
