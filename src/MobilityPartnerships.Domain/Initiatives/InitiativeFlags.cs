using System.Linq.Expressions;

namespace MobilityPartnerships.Domain.Initiatives;

/// <summary>
/// The rules derived from an initiative's status, period and updates, defined once: whether it is still open, late,
/// or in need of an update. Pages, exports, briefing packs and the database's filters all use these.
/// </summary>
public static class InitiativeFlags
{
    /// <summary>Open: neither completed nor cancelled.</summary>
    public static bool IsOpen(InitiativeStatus status) => status is not (InitiativeStatus.Completed or InitiativeStatus.Cancelled);

    /// <summary><see cref="IsOpen"/> as the database filters by it.</summary>
    public static Expression<Func<Initiative, bool>> Open { get; } =
        i => i.Status != InitiativeStatus.Completed && i.Status != InitiativeStatus.Cancelled;

    /// <summary>Past its end month and still open: computed, separate from the "delayed" rating a partner gives.</summary>
    public static bool IsLate(DateOnly? endMonth, InitiativeStatus status, DateOnly today) =>
        endMonth is { } end && end.AddMonths(1) <= today && IsOpen(status);

    /// <summary>The last end month that is late on <paramref name="today"/>: an initiative ending in or before it is late if still open.</summary>
    public static DateOnly LateIfEndingBy(DateOnly today) => new DateOnly(today.Year, today.Month, 1).AddMonths(-1);

    /// <summary>Still open and without a progress update for more than <paramref name="staleAfterDays"/> days.</summary>
    public static bool NeedsUpdate(InitiativeStatus status, DateOnly? lastUpdateOn, DateOnly today, int staleAfterDays) =>
        IsOpen(status) && (lastUpdateOn is not { } last || last.AddDays(staleAfterDays) < today);
}
