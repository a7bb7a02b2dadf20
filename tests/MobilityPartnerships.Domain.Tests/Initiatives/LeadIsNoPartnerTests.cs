using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Domain.Tests.Initiatives;

/// <summary>
/// An organisation leads an initiative or is one of its partners, never both: listed as both, it showed twice on the
/// initiative (a tester's Sweden, lead and partner). Each way in — naming the lead, adding a partner, setting both — refuses it.
/// </summary>
public sealed class LeadIsNoPartnerTests
{
    private readonly Partnership partnership = Known.SignedMobilityPartnership();
    private readonly Guid portugal;
    private readonly Guid iom = Known.Iom().Id;
    private readonly Initiative initiative;

    public LeadIsNoPartnerTests()
    {
        var state = Known.Portugal();
        partnership.RecordOriginalSignatory(state);
        portugal = state.Id;
        initiative = Initiative.Propose(partnership, "Circular migration pilot", Pillar.LegalMigration);
    }

    [Theory]
    [InlineData(PartnerRole.Participating)]
    [InlineData(PartnerRole.Implementing)]
    public void The_lead_set_with_the_partners_is_refused_among_them_in_any_role(PartnerRole role)
    {
        var ex = Assert.Throws<DomainRuleException>(() => initiative.AssignLeadAndPartners(partnership, portugal, [(iom, PartnerRole.Implementing), (portugal, role)]));

        Assert.Equal("initiative.lead.also-partner", ex.Rule);
        Assert.Null(initiative.LeadOrganisationId);
        Assert.Empty(initiative.Partners);
    }

    [Fact]
    public void The_lead_is_refused_as_a_partner_added_or_listed_after()
    {
        initiative.AssignLead(partnership, portugal);

        Assert.Equal("initiative.lead.also-partner", Assert.Throws<DomainRuleException>(() => initiative.AddPartner(portugal, PartnerRole.Participating)).Rule);
        Assert.Equal("initiative.lead.also-partner", Assert.Throws<DomainRuleException>(() => initiative.ReplacePartners([(portugal, PartnerRole.Implementing)])).Rule);
        Assert.Empty(initiative.Partners);
    }

    [Fact]
    public void A_partner_is_refused_as_the_lead_while_it_stays_a_partner()
    {
        initiative.AddPartner(portugal, PartnerRole.Participating);

        var ex = Assert.Throws<DomainRuleException>(() => initiative.AssignLead(partnership, portugal));

        Assert.Equal("initiative.lead.also-partner", ex.Rule);
        Assert.Null(initiative.LeadOrganisationId);
    }

    [Fact]
    public void The_lead_and_a_partner_change_places_in_one_change()
    {
        var frontex = Known.Frontex();
        partnership.AddParticipant(frontex, null);
        initiative.AssignLeadAndPartners(partnership, portugal, [(frontex.Id, PartnerRole.Implementing)]);

        initiative.AssignLeadAndPartners(partnership, frontex.Id, [(portugal, PartnerRole.Implementing)]);

        Assert.Equal(frontex.Id, initiative.LeadOrganisationId);
        Assert.Equal(portugal, Assert.Single(initiative.Partners).OrganisationId);
    }
}
