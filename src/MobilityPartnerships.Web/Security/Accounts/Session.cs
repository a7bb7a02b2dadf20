namespace MobilityPartnerships.Web.Security.Accounts;

/// <summary>
/// One sign-in of an account, kept in the database so that every instance of the app sees at once that it ended:
/// the sign-in cookie names it, and a cookie whose session has ended (signed out, "sign out everywhere", idle or
/// past its lifetime) is refused.
/// </summary>
public sealed class Session
{
    public Guid Id { get; init; }

    public Guid AccountId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the session was last used, to the minute or so (it is not written on every request).</summary>
    public DateTimeOffset LastSeenAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>
    /// Where the primary's WAL stood after the account's last write (kept only with a standby): an instance that checks
    /// this session learns it, so the user's reads that may lag go to the primary until the standby has replayed their
    /// write, whichever instance served it (see <c>WritePositions</c>).
    /// </summary>
    public NpgsqlTypes.NpgsqlLogSequenceNumber? WritePosition { get; set; }
}
