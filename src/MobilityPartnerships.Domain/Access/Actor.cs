namespace MobilityPartnerships.Domain.Access;

/// <summary>
/// The signed-in user as the access rules see them.
/// </summary>
/// <param name="UserId">The account.</param>
/// <param name="Name">The name history shows.</param>
/// <param name="Role">The role given by an administrator.</param>
/// <param name="OrganisationId">The organisation the user acts for (a Member State, the partner country, the Commission).</param>
/// <param name="Partnerships">For a focal point the partnerships assigned to them; for a task-force member those they are given.</param>
/// <param name="HoldsPresidency">Whether the user's Member State holds the Council Presidency today.</param>
public sealed record Actor(Guid UserId, string Name, Role Role, Guid? OrganisationId, IReadOnlySet<Guid> Partnerships, bool HoldsPresidency)
{
    public bool ActsFor(Guid? organisationId) => OrganisationId is { } own && own == organisationId;
}
