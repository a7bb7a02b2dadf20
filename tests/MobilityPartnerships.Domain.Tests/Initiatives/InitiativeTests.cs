using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Domain.Tests.Initiatives;

public sealed class InitiativeTests
{
    private const string Title = "Strengthening the capacity of Cape Verde to manage migration";

    [Fact]
    public void Proposed_initiative_belongs_to_its_partnership_and_has_no_period_yet()
    {
        var partnership = Known.SignedMobilityPartnership();

        var initiative = Initiative.Propose(partnership, "  " + Title + " ", Pillar.MigrationAndDevelopment);

        Assert.Equal(partnership.Id, initiative.PartnershipId);
        Assert.Equal(Title, initiative.Title);
        Assert.Equal(Pillar.MigrationAndDevelopment, initiative.Pillar);
        Assert.Equal(InitiativeStatus.Proposed, initiative.Status);
        Assert.Same(ImplementationPeriod.ToBeDetermined, initiative.Period);
        Assert.Null(initiative.LeadOrganisationId);
        Assert.True(initiative.IsShareable);
        Assert.True(initiative.TotalBudget.IsNotKnown);
        Assert.True(initiative.EuContribution.IsNotKnown);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Title_is_required(string title)
    {
        var ex = Assert.Throws<DomainRuleException>(() => Initiative.Propose(Known.SignedMobilityPartnership(), title, Pillar.LegalMigration));

        Assert.Equal("initiative.title.required", ex.Rule);
    }

    [Fact]
    public void Too_long_title_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            Initiative.Propose(Known.SignedMobilityPartnership(), new string('t', Initiative.TitleMaxLength + 1), Pillar.LegalMigration));

        Assert.Equal("initiative.title.too-long", ex.Rule);
    }

    [Fact]
    public void Title_of_the_maximum_length_is_allowed()
    {
        var title = new string('t', Initiative.TitleMaxLength);

        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), title, Pillar.LegalMigration);

        Assert.Equal(title, initiative.Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Describing_without_a_title_is_refused_and_keeps_the_description(string title)
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), Title, Pillar.LegalMigration);
        initiative.Describe(Title, "Summary", "CV-01");

        var ex = Assert.Throws<DomainRuleException>(() => initiative.Describe(title, "Another summary", "CV-02"));

        Assert.Equal("initiative.title.required", ex.Rule);
        Assert.Equal(Title, initiative.Title);
        Assert.Equal("Summary", initiative.Summary);
        Assert.Equal("CV-01", initiative.ReferenceCode);
    }

    [Fact]
    public void Describing_with_a_too_long_title_is_refused_and_keeps_the_description()
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), Title, Pillar.LegalMigration);

        var ex = Assert.Throws<DomainRuleException>(() => initiative.Describe(new string('t', Initiative.TitleMaxLength + 1), null, null));

        Assert.Equal("initiative.title.too-long", ex.Rule);
        Assert.Equal(Title, initiative.Title);
    }

    [Fact]
    public void Lead_that_takes_part_in_the_partnership_is_assigned()
    {
        var partnership = Known.SignedMobilityPartnership();
        var portugal = Known.Portugal();
        partnership.RecordOriginalSignatory(portugal);
        var initiative = Initiative.Propose(partnership, Title, Pillar.LegalMigration);

        initiative.AssignLead(partnership, portugal.Id);

        Assert.Equal(portugal.Id, initiative.LeadOrganisationId);
    }

    [Fact]
    public void Non_signatory_participant_may_lead()
    {
        var partnership = Known.SignedMobilityPartnership();
        var frontex = Known.Frontex();
        partnership.AddParticipant(frontex, null);
        var initiative = Initiative.Propose(partnership, Title, Pillar.IllegalMigration);

        initiative.AssignLead(partnership, frontex.Id);

        Assert.Equal(frontex.Id, initiative.LeadOrganisationId);
    }

    [Fact]
    public void Lead_that_does_not_take_part_in_the_partnership_is_refused()
    {
        var partnership = Known.SignedMobilityPartnership();
        var portugal = Known.Portugal();
        partnership.RecordOriginalSignatory(portugal);
        var initiative = Initiative.Propose(partnership, Title, Pillar.LegalMigration);
        initiative.AssignLead(partnership, portugal.Id);

        var ex = Assert.Throws<DomainRuleException>(() => initiative.AssignLead(partnership, Known.France().Id));

        Assert.Equal("initiative.lead.not-participant", ex.Rule);
        Assert.Equal(portugal.Id, initiative.LeadOrganisationId);
    }

    [Fact]
    public void Lead_that_does_not_take_part_is_refused_when_no_lead_was_set()
    {
        var partnership = Known.SignedMobilityPartnership();
        var initiative = Initiative.Propose(partnership, Title, Pillar.LegalMigration);

        var ex = Assert.Throws<DomainRuleException>(() => initiative.AssignLead(partnership, Known.Iom().Id));

        Assert.Equal("initiative.lead.not-participant", ex.Rule);
        Assert.Null(initiative.LeadOrganisationId);
    }

    [Fact]
    public void Lead_checked_against_another_partnership_is_refused()
    {
        var capeVerde = Known.SignedMobilityPartnership();
        var moldova = Partnership.Open("EU–Moldova mobility partnership", PartnershipKind.MobilityPartnership, Known.Moldova(), PartnershipStatus.Negotiation);
        moldova.RecordSignature(Known.JointDeclarationsSigned);
        var portugal = Known.Portugal();
        var france = Known.France();
        capeVerde.RecordOriginalSignatory(portugal);
        capeVerde.RecordOriginalSignatory(france);
        moldova.RecordOriginalSignatory(france);
        var initiative = Initiative.Propose(capeVerde, Title, Pillar.LegalMigration);
        initiative.AssignLead(capeVerde, portugal.Id);

        var ex = Assert.Throws<DomainRuleException>(() => initiative.AssignLead(moldova, france.Id));

        Assert.Equal("initiative.lead.other-partnership", ex.Rule);
        Assert.Equal(portugal.Id, initiative.LeadOrganisationId);
    }

    [Fact]
    public void Lead_may_be_left_to_be_determined()
    {
        var partnership = Known.SignedMobilityPartnership();
        var portugal = Known.Portugal();
        partnership.RecordOriginalSignatory(portugal);
        var initiative = Initiative.Propose(partnership, Title, Pillar.LegalMigration);
        initiative.AssignLead(partnership, portugal.Id);

        initiative.AssignLead(partnership, null);

        Assert.Null(initiative.LeadOrganisationId);
    }

    [Fact]
    public void Same_organisation_may_participate_and_implement()
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), Title, Pillar.LegalMigration);
        var iom = Known.Iom();

        initiative.AddPartner(iom.Id, PartnerRole.Participating);
        initiative.AddPartner(iom.Id, PartnerRole.Implementing);

        Assert.Equal(2, initiative.Partners.Count);
    }

    [Fact]
    public void Duplicate_partner_with_the_same_role_is_refused()
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), Title, Pillar.LegalMigration);
        var iom = Known.Iom();
        initiative.AddPartner(iom.Id, PartnerRole.Implementing);

        var ex = Assert.Throws<DomainRuleException>(() => initiative.AddPartner(iom.Id, PartnerRole.Implementing));

        Assert.Equal("initiative.partner.duplicate", ex.Rule);
        var partner = Assert.Single(initiative.Partners);
        Assert.Equal(iom.Id, partner.OrganisationId);
        Assert.Equal(PartnerRole.Implementing, partner.Role);
    }

    [Fact]
    public void Unknown_partner_role_is_refused()
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), Title, Pillar.LegalMigration);

        var ex = Assert.Throws<DomainRuleException>(() => initiative.AddPartner(Guid.NewGuid(), (PartnerRole)7));

        Assert.Equal("initiative.partner.role.unknown", ex.Rule);
        Assert.Empty(initiative.Partners);
    }

    [Fact]
    public void Duplicate_indicator_name_is_refused()
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), Title, Pillar.LegalMigration);
        initiative.AddIndicator(Indicator.Create("Number of officials trained", "Border officials"));

        var ex = Assert.Throws<DomainRuleException>(() => initiative.AddIndicator(Indicator.Create("  number of OFFICIALS trained ", null)));

        Assert.Equal("indicator.duplicate", ex.Rule);
        var indicator = Assert.Single(initiative.Indicators);
        Assert.Equal("Border officials", indicator.Description);
    }

    [Fact]
    public void Indicator_name_is_required()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Indicator.Create(" ", "Description"));

        Assert.Equal("indicator.name.required", ex.Rule);
    }

    [Fact]
    public void Totals_sum_the_funding_lines_to_the_cent()
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), Title, Pillar.MigrationAndDevelopment);

        initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "AENEAS", null, 815_119.64m, 652_095.71m));
        initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.OwnFunds, null, null, 0.01m, 0.01m));

        Assert.Equal(Amount.Exact(815_119.65m), initiative.TotalBudget);
        Assert.Equal(Amount.Exact(652_095.72m), initiative.EuContribution);
    }

    [Fact]
    public void Unknown_amounts_are_not_counted_as_zero_in_the_initiative_amount()
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), Title, Pillar.MigrationAndDevelopment);

        initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "Thematic programme", null, 1_000_000m, null));
        initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.OwnFunds, null, Known.Portugal().Id, null, null));

        Assert.Equal(2, initiative.FundingLines.Count);
        Assert.Equal(new Amount(1_000_000m, 1), initiative.TotalBudget);
        Assert.True(initiative.TotalBudget.IsPartial);
        Assert.Equal(new Amount(null, 2), initiative.EuContribution);
        Assert.True(initiative.EuContribution.IsNotKnown);
    }

    [Fact]
    public void Refused_funding_line_leaves_the_funding_lines_unchanged()
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), Title, Pillar.MigrationAndDevelopment);
        initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.EuProgramme, "AENEAS", null, 815_119.64m, 652_095.71m));

        var ex = Assert.Throws<DomainRuleException>(() =>
            initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.OwnFunds, null, null, 100m, 100.01m)));

        Assert.Equal("funding-line.eu-contribution.above-total", ex.Rule);
        Assert.Single(initiative.FundingLines);
        Assert.Equal(Amount.Exact(815_119.64m), initiative.TotalBudget);
        Assert.Equal(Amount.Exact(652_095.71m), initiative.EuContribution);
    }

    [Fact]
    public void Refused_contact_point_leaves_the_contact_points_unchanged()
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), Title, Pillar.LegalMigration);
        initiative.AddContactPoint(ContactPoint.Create("EU Delegation Praia", null, null, "delegation-cape-verde@eeas.europa.eu", null));

        var ex = Assert.Throws<DomainRuleException>(() =>
            initiative.AddContactPoint(ContactPoint.Create("Someone", null, null, "not an e-mail", null)));

        Assert.Equal("contact-point.email.invalid", ex.Rule);
        Assert.Equal("EU Delegation Praia", Assert.Single(initiative.ContactPoints).Name);
    }

    [Fact]
    public void Scheduling_replaces_the_period()
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), Title, Pillar.LegalMigration);
        var period = ImplementationPeriod.Create(new DateOnly(2010, 12, 1), null, 24, "end of 2010, 24 months");

        initiative.Schedule(period, []);

        Assert.Same(period, initiative.Period);
    }

    [Fact]
    public void Refused_period_leaves_the_schedule_unchanged()
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), Title, Pillar.LegalMigration);
        var period = ImplementationPeriod.Create(new DateOnly(2010, 12, 1), null, 24);
        initiative.Schedule(period, []);

        var ex = Assert.Throws<DomainRuleException>(() =>
            initiative.Schedule(ImplementationPeriod.Create(new DateOnly(2011, 1, 1), new DateOnly(2010, 1, 1), null), []));

        Assert.Equal("period.end-before-start", ex.Rule);
        Assert.Same(period, initiative.Period);
    }

    [Fact]
    public void A_thematic_area_named_twice_is_refused_not_dropped_without_a_word()
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), Title, Pillar.LegalMigration);
        var circular = ThematicArea.Create(Pillar.LegalMigration, "Circular migration");

        var ex = Assert.Throws<DomainRuleException>(() => initiative.Classify(Pillar.LegalMigration, [circular, circular]));

        Assert.Equal("initiative.thematic-areas.duplicate", ex.Rule);
        Assert.Empty(initiative.ThematicAreas);
    }

    [Theory]
    [InlineData("eve@example.org")]
    [InlineData("EVE@Example.org")]
    public void A_contact_point_listed_twice_is_refused_not_dropped_without_a_word(string secondEmail)
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), Title, Pillar.LegalMigration);
        var stored = ContactPoint.Create("Desk officer", null, null, "desk@example.org", null);
        initiative.ReplaceContactPoints([stored]);

        var ex = Assert.Throws<DomainRuleException>(() => initiative.ReplaceContactPoints(
            [ContactPoint.Create("Eve Mallory", null, null, "eve@example.org", "+32 2 000"), ContactPoint.Create("Eve Mallory", null, null, secondEmail, "+32 2 000")]));

        Assert.Equal("initiative.contact-points.duplicate", ex.Rule);
        Assert.Same(stored, Assert.Single(initiative.ContactPoints));
    }

    [Fact]
    public void Contact_points_alike_but_for_one_detail_are_both_kept()
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), Title, Pillar.LegalMigration);

        initiative.ReplaceContactPoints(
            [ContactPoint.Create("Eve Mallory", null, null, "eve@example.org", null), ContactPoint.Create("Eve Mallory", null, null, "eve@example.org", "+32 2 000")]);

        Assert.Equal(2, initiative.ContactPoints.Count);
    }

    [Fact]
    public void A_contact_point_added_twice_is_refused()
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), Title, Pillar.LegalMigration);
        initiative.AddContactPoint(ContactPoint.Create("Eve Mallory", null, null, "eve@example.org", null));

        var ex = Assert.Throws<DomainRuleException>(() => initiative.AddContactPoint(ContactPoint.Create("Eve Mallory", null, null, "Eve@example.org", null)));

        Assert.Equal("initiative.contact-points.duplicate", ex.Rule);
    }

    [Fact]
    public void Unknown_status_is_refused_and_keeps_the_status()
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), Title, Pillar.LegalMigration, InitiativeStatus.Ongoing);

        var ex = Assert.Throws<DomainRuleException>(() => initiative.ChangeStatus((InitiativeStatus)12, latestUpdate: null));

        Assert.Equal("initiative.status.unknown", ex.Rule);
        Assert.Equal(InitiativeStatus.Ongoing, initiative.Status);
    }

    [Fact]
    public void An_over_long_summary_is_refused_and_the_title_stays_as_it_was()
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), "Visa centre", Pillar.LegalMigration);

        var ex = Assert.Throws<DomainRuleException>(() => initiative.Describe("Renamed", new string('x', Initiative.SummaryMaxLength + 1), null));

        Assert.Equal("initiative.summary.too-long", ex.Rule);
        Assert.Equal("Visa centre", initiative.Title);
    }
}
