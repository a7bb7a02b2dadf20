using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;

/// <summary>What became of a publication: a new version (with a notice when nothing had changed), or nothing stored and why.</summary>
public abstract record PublishOutcome
{
    /// <summary>Stored as version <paramref name="Number"/>; <paramref name="Notice"/> says so when it equals the version before.</summary>
    public sealed record Published(int Number, DateTimeOffset PublishedAt, string? Notice) : PublishOutcome;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : PublishOutcome;

    /// <summary>The user may not publish this scoreboard; nothing was stored.</summary>
    public sealed record Refused(string Message) : PublishOutcome;

    public sealed record NotFound : PublishOutcome;

    /// <summary>Someone else published a version at the same moment; nothing was stored, trying again works.</summary>
    public sealed record Clashed(string Message) : PublishOutcome;

    /// <summary>The database failed; <see cref="Writing.WriteOutcome.Failed"/> says how.</summary>
    public sealed record Failed(string Reference, bool Unconfirmed = false) : PublishOutcome
    {
        /// <summary>The text (in Strings.resx) that tells the user, with the reference number as its argument.</summary>
        public string TextKey => new Writing.WriteOutcome.Failed(Reference, Unconfirmed).TextKey;
    }
}
