namespace MobilityPartnerships.Web.Features.History.Reading;

/// <summary>
/// Where a timeline's read stopped: the oldest change shown, by when it was saved and the last entry it wrote. The next
/// read takes the changes saved before it, in the same order (keyset paging: what was shown is never read again).
/// </summary>
public sealed record HistoryCursor(DateTimeOffset At, long LastEntryId);

/// <summary>
/// One read of a timeline: at most <see cref="GetHistory.MaxEvents"/> changes, newest first, and where to read the older
/// ones from; <see cref="Older"/> is null when none is older.
/// </summary>
public sealed record HistoryPage(IReadOnlyList<HistoryEvent> Events, HistoryCursor? Older)
{
    public static HistoryPage None { get; } = new([], null);
}
