using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Meetings;

/// <summary>
/// The parts every <see cref="Write{TTarget}"/> of one meeting shares: the access rules asked for the meeting, and
/// the meeting loaded for the change. The write itself runs through <see cref="Writes"/>.
/// </summary>
internal static class MeetingWrite
{
    /// <summary>The access rules' answer for the operation on the meeting.</summary>
    public static Func<AccessControl, CancellationToken, Task<AccessDecision>> Access(Operation operation, Guid meetingId) =>
        (access, cancellationToken) => access.CheckMeetingAsync(operation, meetingId, cancellationToken);

    /// <summary>The meeting, tracked; null when there is none.</summary>
    public static Func<AppDbContext, CancellationToken, Task<Meeting?>> Load(Guid meetingId) =>
        (db, cancellationToken) => db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);

    /// <summary>
    /// A record of the meeting (an agenda item, an action point) changed since the user read it: they are told who
    /// last changed the meeting, and when.
    /// </summary>
    public static async Task<WriteOutcome> StaleAsync(Change<Meeting> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return await LastChange.StaleAsync(change.Db, LastChange.KeyOf(change.Db, change.Target), cancellationToken);
    }
}
