using MobilityPartnerships.Domain.Access;

namespace MobilityPartnerships.Domain.Progress;

/// <summary>Who posts a progress update: a person, the organisation they act for, and whether they are the partnership's focal point.</summary>
public sealed record ProgressAuthor(string Name, Guid? OrganisationId, bool IsFocalPoint)
{
    /// <summary>The acting user as author: an administrator speaks as the focal point does.</summary>
    public static ProgressAuthor Of(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new(actor.Name, actor.OrganisationId, actor.Role is Role.Administrator or Role.FocalPoint);
    }
}
