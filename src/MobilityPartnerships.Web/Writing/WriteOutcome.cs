namespace MobilityPartnerships.Web.Writing;

/// <summary>What became of a simple write: done, refused with messages, gone, or failed with a reference number.</summary>
public abstract record WriteOutcome
{
    /// <summary>Stored; <paramref name="Version"/> is the record's row version after the save, when it has one.</summary>
    public sealed record Done(uint? Version = null) : WriteOutcome;

    /// <summary>
    /// A new record was stored under this id; <paramref name="Version"/> is its row version, when it has one, and
    /// <paramref name="Notice"/> what the user should know of what was stored (e.g. that a new published version shows
    /// what the one before it showed).
    /// </summary>
    public sealed record Created(Guid Id, uint? Version = null, string? Notice = null) : WriteOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : WriteOutcome;

    public sealed record NotFound : WriteOutcome;

    /// <summary>The user may not do this; the message says so plainly. Nothing was written.</summary>
    public sealed record Refused(string Message) : WriteOutcome;

    /// <summary>
    /// The database failed; the log carries <paramref name="Reference"/>. Nothing was written, unless
    /// <paramref name="Unconfirmed"/>: the database stopped answering while it committed, so the change may or may not
    /// be stored, and the user is told exactly that.
    /// </summary>
    public sealed record Failed(string Reference, bool Unconfirmed = false) : WriteOutcome
    {
        /// <summary>The text (in Strings.resx) that tells the user, with the reference number as its argument.</summary>
        public string TextKey => Unconfirmed ? "Editing_SaveUnconfirmed" : "Editing_SaveFailed";
    }

    /// <summary>Someone else changed the record after this user opened it; nothing was written.</summary>
    public sealed record Stale(string? StoredBy, DateTimeOffset? StoredAt) : WriteOutcome;
}
