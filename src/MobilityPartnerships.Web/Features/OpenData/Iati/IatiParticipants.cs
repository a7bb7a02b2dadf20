using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;

namespace MobilityPartnerships.Web.Features.OpenData.Iati;

/// <summary>
/// Who does what in an initiative, in IATI's four roles. Funding (1): the Union for every line from an EU programme,
/// named as the reporting organisation with its identifier (the money is the Union's whichever service channels it),
/// and the contributor of every line of own funds (a line of own funds without a contributor names nobody). Accountable
/// (2): the Commission service responsible, or the lead partner where no service is recorded. Extending (3): the lead
/// partner. Implementing (4): the implementing partners and the partners that take part, who carry the initiative out
/// with the lead. Each organisation appears once per role, in the order of the roles and then by name. Only the Union
/// carries an identifier: the product keeps none for other organisations, so they are named instead.
/// </summary>
internal sealed class IatiParticipants(IatiReportingOrganisation union, IReadOnlyDictionary<Guid, OrganisationSource> organisations, string? partnerCountryCode)
{
    public IReadOnlyList<IatiParticipatingOrganisation> Of(InitiativeSource initiative)
    {
        var found = new List<IatiParticipatingOrganisation>();
        foreach (var line in initiative.FundingLines)
        {
            if (line.Kind == FundingSourceKind.EuProgramme)
            {
                found.Add(new IatiParticipatingOrganisation(IatiOrganisationRole.Funding, union.Ref, union.Type, union.Name));
            }
            else
            {
                Add(found, IatiOrganisationRole.Funding, line.ContributorId);
            }
        }

        Add(found, IatiOrganisationRole.Accountable, initiative.ResponsibleServiceId ?? initiative.LeadId);
        Add(found, IatiOrganisationRole.Extending, initiative.LeadId);
        foreach (var partner in initiative.Partners)
        {
            Add(found, IatiOrganisationRole.Implementing, partner.OrganisationId);
        }

        return [.. found.Distinct().OrderBy(o => o.Role).ThenBy(o => o.Name, NameOrder.Comparer)];
    }

    private void Add(List<IatiParticipatingOrganisation> found, IatiOrganisationRole role, Guid? organisationId)
    {
        if (organisationId is { } id && organisations.TryGetValue(id, out var organisation))
        {
            var type = IatiCodes.TypeOf(organisation.Kind, organisation.CountryCode, partnerCountryCode);
            found.Add(new IatiParticipatingOrganisation(role, null, (int)type, organisation.Name));
        }
    }
}
