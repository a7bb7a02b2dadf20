namespace MobilityPartnerships.Domain.Access;

/// <summary>What the access rules need to know of an initiative: its partnership, who leads or takes part, and whether it may be shared.</summary>
public sealed record InitiativeScope(PartnershipScope Partnership, Guid Id, IReadOnlySet<Guid> Involved, bool IsShareable)
{
    public static InitiativeScope Of(PartnershipScope partnership, Initiatives.Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        var involved = initiative.Partners.Select(p => p.OrganisationId).ToHashSet();
        if (initiative.LeadOrganisationId is { } lead)
        {
            involved.Add(lead);
        }

        return new(partnership, initiative.Id, involved, initiative.IsShareable);
    }
}
