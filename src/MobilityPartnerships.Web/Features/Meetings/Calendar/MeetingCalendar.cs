using MobilityPartnerships.Web.Components.Common;

namespace MobilityPartnerships.Web.Features.Meetings.Calendar;

/// <summary>
/// The meetings a user may see: coming ones first, soonest first, then past ones, latest first; the partnerships
/// they may filter by, and those they may plan meetings for. Cancelled meetings are in neither list.
/// </summary>
public sealed record MeetingCalendar(
    IReadOnlyList<MeetingListEntry> Coming,
    IReadOnlyList<MeetingListEntry> Past,
    IReadOnlyList<Choice> Partnerships,
    IReadOnlyList<Choice> Plannable)
{
    /// <summary>The partnership's cancelled meetings, latest first: listed apart on its own calendar, absent from the calendar across partnerships.</summary>
    public IReadOnlyList<MeetingListEntry> Cancelled { get; init; } = [];

    /// <summary>Whether there are more coming meetings than <see cref="ListMeetings.Limit"/>, the soonest of which are listed.</summary>
    public bool MoreComing { get; init; }

    /// <summary>Whether there are more past meetings than <see cref="ListMeetings.Limit"/>, the latest of which are listed.</summary>
    public bool MorePast { get; init; }

    /// <summary>Whether there are more cancelled meetings than <see cref="ListMeetings.Limit"/>, the latest of which are listed.</summary>
    public bool MoreCancelled { get; init; }
}
