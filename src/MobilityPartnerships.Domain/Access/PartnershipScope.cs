namespace MobilityPartnerships.Domain.Access;

/// <summary>What the access rules need to know of a partnership: its partner country and who takes part today.</summary>
public sealed record PartnershipScope(Guid Id, Guid? PartnerCountryId, IReadOnlySet<Guid> Participants)
{
    public static PartnershipScope Of(Partnerships.Partnership partnership)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        return new(partnership.Id, partnership.PartnerCountryId, partnership.Participants.Where(p => p.LeftOn is null).Select(p => p.OrganisationId).ToHashSet());
    }
}
