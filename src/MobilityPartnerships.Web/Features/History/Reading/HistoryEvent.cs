namespace MobilityPartnerships.Web.Features.History.Reading;

/// <summary>
/// One save as a reader sees it: when, by whom, and what changed, in words. <paramref name="Via"/> says how it came when
/// not through the pages ("Api": a program with the user's token).
/// </summary>
public sealed record HistoryEvent(DateTimeOffset At, string UserName, IReadOnlyList<string> Lines, string? Via = null);
