using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

/// <summary>What became of a save: stored, refused with field messages, in conflict with a newer version, gone, or failed.</summary>
public abstract record SaveOutcome
{
    public sealed record Saved(Guid InitiativeId, uint Version) : SaveOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : SaveOutcome;

    /// <summary>Someone else stored a newer version since this user loaded theirs.</summary>
    public sealed record Conflict(InitiativeDraft Stored, uint Version, string? StoredBy, DateTimeOffset? StoredAt) : SaveOutcome;

    public sealed record NotFound : SaveOutcome;

    /// <summary>The user may not do this; the message says so plainly. Nothing was written.</summary>
    public sealed record Refused(string Message) : SaveOutcome;

    public sealed record Failed(string Reference) : SaveOutcome;
}
