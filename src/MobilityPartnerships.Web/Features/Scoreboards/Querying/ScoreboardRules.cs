using Microsoft.Extensions.Options;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Progress;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>
/// The day and the configured threshold the time-dependent filters ("late", "no recent update") are judged by, so that
/// the database applies the same rules as <see cref="ScoreboardRow.IsLate"/> and <see cref="ScoreboardRow.NeedsUpdate"/>.
/// </summary>
public sealed record ScoreboardRules(DateOnly Today, int StaleAfterDays)
{
    public static ScoreboardRules Now(ProductCalendar calendar, IOptions<ProgressOptions> progress)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(progress);
        return new(calendar.Today, progress.Value.StaleAfterDays);
    }

    /// <summary>An update on or after this day is recent: last + days &lt; today ⇔ last &lt; today − days.</summary>
    public DateOnly RecentSince => Today.AddDays(-StaleAfterDays);

    /// <summary>
    /// An open initiative ending in this month or before is late: end + 1 month ≤ today, and as the end is the first of
    /// its month, that is end + 1 month ≤ the first of today's month.
    /// </summary>
    public DateOnly LateIfEndingBy => InitiativeFlags.LateIfEndingBy(Today);
}
