using MobilityPartnerships.Domain.Organisations;

namespace MobilityPartnerships.Web.Features.Initiatives.Importing;

/// <summary>What the user decided a name in the sheet stands for.</summary>
public abstract record OrganisationChoice
{
    private OrganisationChoice()
    {
    }

    /// <summary>An organisation already recorded.</summary>
    public sealed record Existing(Guid OrganisationId) : OrganisationChoice;

    /// <summary>A new organisation, recorded with the import under the name the sheet gives.</summary>
    public sealed record Added(OrganisationKind Kind) : OrganisationChoice;
}
