using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using MobilityPartnerships.Domain.Access;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Data;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Access;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Meetings;

/// <summary>
/// The parts every <see cref="Write{TTarget}"/> of one meeting shares: the access rules asked for the meeting, and
/// the meeting loaded for the change. The write itself runs through <see cref="Writes"/>.
/// </summary>
internal static class MeetingWrite
{
    /// <summary>A write of the meeting that takes no draft and checks no version.</summary>
    public static Write<Meeting> Of(string what, Operation operation, Guid meetingId, Func<Change<Meeting>, CancellationToken, Task<WriteOutcome>> apply) =>
        Of(what, operation, meetingId, seen: null, validate: null, RuleFields.None, apply);

    /// <summary>
    /// A write of the meeting: the access rules asked for the operation on it, the draft's rules, the meeting loaded
    /// at the version the user saw (null: none checked), and where refusals show, those of the database's rules included.
    /// </summary>
    public static Write<Meeting> Of(
        string what,
        Operation operation,
        Guid meetingId,
        uint? seen,
        Func<CancellationToken, Task<ValidationResult>>? validate,
        RuleFields fields,
        Func<Change<Meeting>, CancellationToken, Task<WriteOutcome>> apply,
        IReadOnlyList<ConstraintRefusal>? constraints = null) => new()
    {
        Constraints = [.. constraints ?? [], .. MinutesBeyondBounds],
        What = what,
        Access = Access(operation, meetingId),
        Validate = validate,
        Load = Load(meetingId),
        Seen = seen,
        Apply = apply,
        Fields = fields,
    };

    /// <summary>
    /// The meeting's checks on its minutes, met only by a meeting stored beyond them before they applied (migration
    /// MeetingMinutesBounded): the database checks the row whole at any change, so every change of such a meeting is
    /// refused, and the user is told why and what puts it right, not that the save failed.
    /// </summary>
    private static readonly ConstraintRefusal[] MinutesBeyondBounds =
    [
        ConstraintRefusal.Check("ck_meetings_decisions_in_range", BeyondBounds),
        ConstraintRefusal.Check("ck_meetings_decision_length_in_range", BeyondBounds),
    ];

    private static FieldError BeyondBounds() =>
        new(FieldError.FormLevel, ResourceText.Format("Meeting_MinutesBeyondBounds", Meeting.MaxDecisions, Meeting.DecisionMaxLength));

    /// <summary>For a write that is the meeting's own method alone.</summary>
    public static Func<Change<Meeting>, CancellationToken, Task<WriteOutcome>> Doing(Action<Change<Meeting>> step) => (change, _) =>
    {
        step(change);
        return Task.FromResult<WriteOutcome>(new WriteOutcome.Done());
    };

    /// <summary>For a write that adds one new record to the meeting (an agenda item, a comment); the outcome carries its id.</summary>
    public static Func<Change<Meeting>, CancellationToken, Task<WriteOutcome>> Adding<TRecord>(Func<Change<Meeting>, TRecord> record, Func<TRecord, Guid> idOf)
        where TRecord : class => (change, _) =>
    {
        var added = record(change);
        change.Db.Add(added);
        return Task.FromResult<WriteOutcome>(new WriteOutcome.Created(idOf(added)));
    };

    /// <summary>The access rules' answer for the operation on the meeting.</summary>
    public static Func<AccessControl, CancellationToken, Task<AccessDecision>> Access(Operation operation, Guid meetingId) =>
        (access, cancellationToken) => access.CheckMeetingAsync(operation, meetingId, cancellationToken);

    /// <summary>
    /// The meeting, tracked and locked until the write's transaction ends; null when there is none. The meeting's rules
    /// span its records (no item proposed after its date, none to a cancelled meeting, no action point due before it):
    /// a write adding a record and one moving or cancelling the meeting each read the other's side, so they take turns,
    /// and the second reads what the first stored.
    /// </summary>
    public static Func<AppDbContext, CancellationToken, Task<Meeting?>> Load(Guid meetingId) =>
        (db, cancellationToken) => db.Meetings.FromSql($"SELECT m.*, m.xmin FROM meetings m WHERE m.id = {meetingId} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);

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
