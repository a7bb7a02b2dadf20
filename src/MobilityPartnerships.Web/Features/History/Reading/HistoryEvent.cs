namespace MobilityPartnerships.Web.Features.History.Reading;

/// <summary>One save as a reader sees it: when, by whom, and what changed, in words.</summary>
public sealed record HistoryEvent(DateTimeOffset At, string UserName, IReadOnlyList<string> Lines);
