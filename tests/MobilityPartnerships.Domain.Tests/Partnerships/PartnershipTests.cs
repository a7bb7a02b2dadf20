using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Domain.Partnerships;

namespace MobilityPartnerships.Domain.Tests.Partnerships;

public sealed class PartnershipTests
{
    [Fact]
    public void Mobility_partnership_opens_with_its_partner_country_and_first_status()
    {
        var capeVerde = Known.CapeVerde();

        var partnership = Partnership.Open("  EU–Cape Verde mobility partnership ", PartnershipKind.MobilityPartnership, capeVerde, PartnershipStatus.Negotiation, new DateOnly(2008, 1, 15), "Council doc. 9460/08");

        Assert.Equal("EU–Cape Verde mobility partnership", partnership.Name);
        Assert.Equal(capeVerde.Id, partnership.PartnerCountryId);
        Assert.Equal(PartnershipStatus.Negotiation, partnership.Status);
        Assert.Null(partnership.SignedOn);
        Assert.Empty(partnership.Participants);
        var change = Assert.Single(partnership.StatusChanges);
        Assert.Equal(PartnershipStatus.Negotiation, change.Status);
        Assert.Equal(new DateOnly(2008, 1, 15), change.On);
        Assert.Equal("Council doc. 9460/08", change.Source);
    }

    [Fact]
    public void Partner_country_that_is_a_member_state_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            Partnership.Open("EU–France", PartnershipKind.MobilityPartnership, Known.France(), PartnershipStatus.Negotiation));

        Assert.Equal("partnership.partner-country.not-third-country", ex.Rule);
    }

    [Theory]
    [InlineData(OrganisationKind.EuInstitution)]
    [InlineData(OrganisationKind.EuAgency)]
    [InlineData(OrganisationKind.InternationalOrganisation)]
    [InlineData(OrganisationKind.NationalAgency)]
    [InlineData(OrganisationKind.Ngo)]
    public void Partner_country_must_be_a_third_country(OrganisationKind kind)
    {
        var notACountry = Organisation.Create("Some organisation", null, kind);

        var ex = Assert.Throws<DomainRuleException>(() =>
            Partnership.Open("EU–someone", PartnershipKind.BilateralMigrationPartnership, notACountry, PartnershipStatus.Negotiation));

        Assert.Equal("partnership.partner-country.not-third-country", ex.Rule);
    }

    [Theory]
    [InlineData(PartnershipKind.MobilityPartnership)]
    [InlineData(PartnershipKind.CommonAgendaOnMigrationAndMobility)]
    [InlineData(PartnershipKind.TalentPartnership)]
    public void Mobility_partnership_needs_a_partner_country(PartnershipKind kind)
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            Partnership.Open("A partnership with nobody", kind, null, PartnershipStatus.Negotiation));

        Assert.Equal("partnership.partner-country.required", ex.Rule);
    }

    [Fact]
    public void A_talent_partnership_being_assessed_may_not_name_its_partner_country_yet()
    {
        var proposal = Partnership.Open("Talent Partnerships proposed in the 2020 Pact", PartnershipKind.TalentPartnership, null, PartnershipStatus.NeedsAssessment);

        Assert.Null(proposal.PartnerCountryId);
        Assert.Equal(PartnershipStatus.NeedsAssessment, proposal.Status);
    }

    [Theory]
    [InlineData(PartnershipStatus.ExploratoryTalks)]
    [InlineData(PartnershipStatus.Negotiation)]
    [InlineData(PartnershipStatus.Stalled)]
    public void Talks_do_not_open_before_the_partner_country_is_named(PartnershipStatus status)
    {
        var proposal = Partnership.Open("Talent Partnerships proposed in the 2020 Pact", PartnershipKind.TalentPartnership, null, PartnershipStatus.NeedsAssessment);

        var ex = Assert.Throws<DomainRuleException>(() => proposal.ChangeStatus(status, new DateOnly(2021, 6, 1)));

        Assert.Equal("partnership.partner-country.required", ex.Rule);
        Assert.Equal(PartnershipStatus.NeedsAssessment, proposal.Status);
        Assert.Single(proposal.StatusChanges);
    }

    [Theory]
    [InlineData(PartnershipKind.TeamEuropeInitiative)]
    [InlineData(PartnershipKind.ActionPlan)]
    [InlineData(PartnershipKind.ThematicProgrammePortfolio)]
    public void Multi_country_framework_needs_no_partner_country(PartnershipKind kind)
    {
        var partnership = Partnership.Open("Atlantic/Western Mediterranean route", kind, null, PartnershipStatus.ExploratoryTalks);

        Assert.Null(partnership.PartnerCountryId);
        Assert.Equal(kind, partnership.Kind);
    }

    [Fact]
    public void Unknown_partnership_kind_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            Partnership.Open("EU–Cape Verde", (PartnershipKind)99, Known.CapeVerde(), PartnershipStatus.Negotiation));

        Assert.Equal("partnership.kind.unknown", ex.Rule);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Partnership_name_is_required(string name)
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            Partnership.Open(name, PartnershipKind.MobilityPartnership, Known.CapeVerde(), PartnershipStatus.Negotiation));

        Assert.Equal("partnership.name.required", ex.Rule);
    }

    [Fact]
    public void Renaming_to_a_too_long_name_is_refused_and_keeps_the_name()
    {
        var partnership = Known.UnsignedMobilityPartnership();

        var ex = Assert.Throws<DomainRuleException>(() => partnership.Rename(new string('x', Partnership.NameMaxLength + 1)));

        Assert.Equal("partnership.name.too-long", ex.Rule);
        Assert.Equal("EU–Cape Verde mobility partnership", partnership.Name);
    }

    [Theory]
    [InlineData(PartnershipStatus.InImplementation)]
    [InlineData(PartnershipStatus.Suspended)]
    [InlineData(PartnershipStatus.Concluded)]
    public void Opening_in_implementation_without_signature_is_refused(PartnershipStatus status)
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            Partnership.Open("EU–Cape Verde", PartnershipKind.MobilityPartnership, Known.CapeVerde(), status));

        Assert.Equal("partnership.status.needs-signature", ex.Rule);
    }

    [Theory]
    [InlineData(PartnershipKind.ThematicProgrammePortfolio)]
    [InlineData(PartnershipKind.TeamEuropeInitiative)]
    [InlineData(PartnershipKind.ActionPlan)]
    public void A_framework_without_a_signed_text_is_under_way_without_a_signature(PartnershipKind kind)
    {
        var partnership = Partnership.Open("Western Mediterranean route", kind, null, PartnershipStatus.InImplementation, null, "002");

        Assert.Equal(PartnershipStatus.InImplementation, partnership.Status);
        Assert.Null(partnership.SignedOn);
        partnership.ChangeStatus(PartnershipStatus.Concluded, new DateOnly(2010, 2, 1));
        Assert.Equal(PartnershipStatus.Concluded, partnership.Status);
    }

    [Fact]
    public void Before_its_signature_a_partnership_has_no_signature_precision_and_a_step_without_a_date_is_of_unknown_precision()
    {
        var partnership = Partnership.Open("Mobility Partnership with Armenia", PartnershipKind.MobilityPartnership, Known.CapeVerde(), PartnershipStatus.Negotiation);

        Assert.Null(partnership.SignedOnPrecision);
        Assert.Equal((null, DatePrecision.Unknown), (partnership.StatusChanges.Single().On, partnership.StatusChanges.Single().Precision));

        partnership.RecordSignature(new DateOnly(2011, 10, 27));
        Assert.Equal(DatePrecision.Day, partnership.SignedOnPrecision);
        Assert.Equal((new DateOnly(2011, 10, 27), DatePrecision.Day), (partnership.StatusChanges[^1].On, partnership.StatusChanges[^1].Precision));
    }

    [Fact]
    public void A_text_signed_on_a_day_the_sources_do_not_give_is_signed_with_its_signatories_and_no_date()
    {
        var france = Known.France();
        var agreement = Partnership.Open("France–Cape Verde agreement", PartnershipKind.BilateralMigrationPartnership, Known.CapeVerde(), PartnershipStatus.Negotiation);

        agreement.RecordSignatureOnUnknownDate("EMN ad-hoc query (2010), answer of France");
        var signatory = agreement.RecordOriginalSignatory(france, "EMN ad-hoc query (2010), answer of France");

        Assert.True(agreement.IsSigned);
        Assert.Null(agreement.SignedOn);
        Assert.Equal((PartnershipStatus.InImplementation, DatePrecision.Unknown), (agreement.Status, agreement.SignedOnPrecision));
        Assert.Null(signatory.JoinedOn);
        Assert.Equal("partnership.signature.already-signed.day-unknown", Assert.Throws<DomainRuleException>(() => agreement.RecordSignature(new DateOnly(2009, 1, 5))).Rule);
        Assert.Equal("partnership.signature.already-signed.day-unknown", Assert.Throws<DomainRuleException>(() => agreement.RecordSignatureOnUnknownDate()).Rule);
        Assert.Equal(2, agreement.StatusChanges.Count);
    }

    [Fact]
    public void A_signature_with_a_date_cannot_claim_the_day_is_not_known()
    {
        var partnership = Known.UnsignedMobilityPartnership();

        var ex = Assert.Throws<DomainRuleException>(() => partnership.RecordSignature(new DateOnly(2008, 6, 5), null, DatePrecision.Unknown));

        Assert.Equal("partnership.signature.precision", ex.Rule);
        Assert.False(partnership.IsSigned);
        Assert.Equal(PartnershipStatus.Negotiation, partnership.Status);
    }

    [Fact]
    public void A_bilateral_agreement_still_needs_its_signature_to_be_in_force()
    {
        var ex = Assert.Throws<DomainRuleException>(() =>
            Partnership.Open("Italy–Moldova agreement", PartnershipKind.BilateralMigrationPartnership, Known.CapeVerde(), PartnershipStatus.InImplementation));

        Assert.Equal("partnership.status.needs-signature", ex.Rule);
    }

    [Theory]
    [InlineData(PartnershipStatus.InImplementation)]
    [InlineData(PartnershipStatus.Suspended)]
    [InlineData(PartnershipStatus.Concluded)]
    public void Status_in_implementation_without_signature_is_refused(PartnershipStatus status)
    {
        var partnership = Known.UnsignedMobilityPartnership();

        var ex = Assert.Throws<DomainRuleException>(() => partnership.ChangeStatus(status, new DateOnly(2008, 6, 5)));

        Assert.Equal("partnership.status.needs-signature", ex.Rule);
        Assert.Equal(PartnershipStatus.Negotiation, partnership.Status);
        Assert.Single(partnership.StatusChanges);
        Assert.Null(partnership.SignedOn);
    }

    [Fact]
    public void Signed_partnership_can_be_suspended_and_concluded()
    {
        var partnership = Known.SignedMobilityPartnership();

        partnership.ChangeStatus(PartnershipStatus.Suspended, new DateOnly(2014, 3, 1));
        partnership.ChangeStatus(PartnershipStatus.Concluded, new DateOnly(2016, 1, 1));

        Assert.Equal(PartnershipStatus.Concluded, partnership.Status);
        Assert.Equal(
            [PartnershipStatus.Negotiation, PartnershipStatus.InImplementation, PartnershipStatus.Suspended, PartnershipStatus.Concluded],
            partnership.StatusChanges.Select(c => c.Status));
    }

    [Fact]
    public void Status_change_out_of_order_is_refused()
    {
        var partnership = Partnership.Open("EU–Senegal", PartnershipKind.MobilityPartnership, Known.Senegal(), PartnershipStatus.ExploratoryTalks, new DateOnly(2008, 5, 1));
        partnership.ChangeStatus(PartnershipStatus.Negotiation, new DateOnly(2009, 2, 1));

        var ex = Assert.Throws<DomainRuleException>(() => partnership.ChangeStatus(PartnershipStatus.Stalled, new DateOnly(2009, 1, 31)));

        Assert.Equal("partnership.status.out-of-order", ex.Rule);
        Assert.Equal(PartnershipStatus.Negotiation, partnership.Status);
        Assert.Equal(2, partnership.StatusChanges.Count);
    }

    [Fact]
    public void Status_change_out_of_order_is_checked_against_the_last_dated_change()
    {
        var partnership = Partnership.Open("EU–Senegal", PartnershipKind.MobilityPartnership, Known.Senegal(), PartnershipStatus.ExploratoryTalks, new DateOnly(2008, 5, 1));
        partnership.ChangeStatus(PartnershipStatus.Negotiation, null);

        var ex = Assert.Throws<DomainRuleException>(() => partnership.ChangeStatus(PartnershipStatus.Stalled, new DateOnly(2008, 4, 30)));

        Assert.Equal("partnership.status.out-of-order", ex.Rule);
        Assert.Equal(PartnershipStatus.Negotiation, partnership.Status);
        Assert.Equal(2, partnership.StatusChanges.Count);
    }

    [Fact]
    public void Status_change_on_the_same_day_or_with_unknown_date_is_allowed()
    {
        var partnership = Partnership.Open("EU–Senegal", PartnershipKind.MobilityPartnership, Known.Senegal(), PartnershipStatus.ExploratoryTalks, new DateOnly(2008, 5, 1));

        partnership.ChangeStatus(PartnershipStatus.Negotiation, new DateOnly(2008, 5, 1));
        partnership.ChangeStatus(PartnershipStatus.Stalled, null);

        Assert.Equal(PartnershipStatus.Stalled, partnership.Status);
        Assert.Equal(3, partnership.StatusChanges.Count);
        Assert.Null(partnership.StatusChanges[^1].On);
    }

    [Fact]
    public void Senegal_like_stalled_status_is_representable()
    {
        var partnership = Partnership.Open("EU–Senegal mobility partnership", PartnershipKind.MobilityPartnership, Known.Senegal(), PartnershipStatus.ExploratoryTalks, new DateOnly(2008, 5, 1));

        partnership.ChangeStatus(PartnershipStatus.Stalled, new DateOnly(2009, 12, 1), "Commission staff working document");

        Assert.Equal(PartnershipStatus.Stalled, partnership.Status);
        Assert.Null(partnership.SignedOn);
        Assert.Equal(PartnershipStatus.Stalled, partnership.StatusChanges[^1].Status);
        Assert.Equal(new DateOnly(2009, 12, 1), partnership.StatusChanges[^1].On);
    }

    [Fact]
    public void Partnership_may_open_as_stalled()
    {
        var partnership = Partnership.Open("EU–Senegal mobility partnership", PartnershipKind.MobilityPartnership, Known.Senegal(), PartnershipStatus.Stalled);

        Assert.Equal(PartnershipStatus.Stalled, partnership.Status);
    }

    [Fact]
    public void Unknown_status_is_refused_and_keeps_the_status()
    {
        var partnership = Known.UnsignedMobilityPartnership();

        var ex = Assert.Throws<DomainRuleException>(() => partnership.ChangeStatus((PartnershipStatus)42, null));

        Assert.Equal("partnership.status.unknown", ex.Rule);
        Assert.Equal(PartnershipStatus.Negotiation, partnership.Status);
        Assert.Single(partnership.StatusChanges);
    }

    [Fact]
    public void Signature_puts_the_partnership_in_implementation()
    {
        var partnership = Known.UnsignedMobilityPartnership();

        partnership.RecordSignature(Known.JointDeclarationsSigned, "Joint declaration");

        Assert.Equal(Known.JointDeclarationsSigned, partnership.SignedOn);
        Assert.Equal(PartnershipStatus.InImplementation, partnership.Status);
        var change = partnership.StatusChanges[^1];
        Assert.Equal(PartnershipStatus.InImplementation, change.Status);
        Assert.Equal(Known.JointDeclarationsSigned, change.On);
        Assert.Equal("Joint declaration", change.Source);
    }

    [Fact]
    public void Second_signature_is_refused_and_keeps_the_first()
    {
        var partnership = Known.SignedMobilityPartnership();

        var ex = Assert.Throws<DomainRuleException>(() => partnership.RecordSignature(new DateOnly(2008, 7, 1)));

        Assert.Equal("partnership.signature.already-signed", ex.Rule);
        Assert.Equal(Known.JointDeclarationsSigned, partnership.SignedOn);
        Assert.Equal(2, partnership.StatusChanges.Count);
    }

    [Fact]
    public void Signature_after_an_existing_accession_is_refused()
    {
        // An accession can only be recorded once the declaration is signed, so a later signature is
        // refused as a second signature; the accession and the first signature stay as they were.
        var partnership = Known.SignedMobilityPartnership();
        partnership.RecordAccession(Known.Netherlands(), new DateOnly(2010, 2, 1));

        var ex = Assert.Throws<DomainRuleException>(() => partnership.RecordSignature(new DateOnly(2010, 3, 1)));

        Assert.Equal("partnership.signature.already-signed", ex.Rule);
        Assert.Equal(Known.JointDeclarationsSigned, partnership.SignedOn);
        Assert.Single(partnership.Participants);
        Assert.Equal(PartnershipStatus.InImplementation, partnership.Status);
    }

    [Fact]
    public void Priorities_are_replaced_as_a_whole()
    {
        var partnership = Known.UnsignedMobilityPartnership();
        partnership.ReplacePriorities(["Legal migration", "Border management"]);

        partnership.ReplacePriorities([" Circular migration "]);

        Assert.Equal(["Circular migration"], partnership.Priorities);
    }

    [Fact]
    public void Invalid_priority_is_refused_and_keeps_the_previous_priorities()
    {
        var partnership = Known.UnsignedMobilityPartnership();
        partnership.ReplacePriorities(["Legal migration", "Border management"]);

        var ex = Assert.Throws<DomainRuleException>(() => partnership.ReplacePriorities(["Circular migration", "  "]));

        Assert.Equal("partnership.priority.required", ex.Rule);
        Assert.Equal(["Legal migration", "Border management"], partnership.Priorities);
    }

    [Fact]
    public void Duplicate_monitoring_body_is_refused()
    {
        var partnership = Known.SignedMobilityPartnership();
        partnership.AddMonitoringBody(MonitoringBody.Create(MonitoringBodyKind.LocalMonitoringGroup, "Groupe Local de Suivi", "Quarterly"));

        var ex = Assert.Throws<DomainRuleException>(() =>
            partnership.AddMonitoringBody(MonitoringBody.Create(MonitoringBodyKind.LocalMonitoringGroup, "groupe local de suivi", null)));

        Assert.Equal("partnership.monitoring-body.duplicate", ex.Rule);
        Assert.Single(partnership.MonitoringBodies);
    }

    [Fact]
    public void A_signature_dated_before_the_last_status_change_is_refused_and_changes_nothing()
    {
        var partnership = Known.UnsignedMobilityPartnership();
        partnership.ChangeStatus(PartnershipStatus.Stalled, new DateOnly(2008, 3, 1));
        var changes = partnership.StatusChanges.Count;

        var ex = Assert.Throws<DomainRuleException>(() => partnership.RecordSignature(new DateOnly(2008, 2, 1)));

        Assert.Equal("partnership.status.out-of-order", ex.Rule);
        Assert.Null(partnership.SignedOn);
        Assert.Equal(PartnershipStatus.Stalled, partnership.Status);
        Assert.Equal(changes, partnership.StatusChanges.Count);
        partnership.RecordSignature(new DateOnly(2008, 6, 5));
        Assert.Equal(new DateOnly(2008, 6, 5), partnership.SignedOn);
    }

    [Fact]
    public void A_status_change_with_an_over_long_source_is_refused_and_changes_nothing()
    {
        var partnership = Known.UnsignedMobilityPartnership();
        var status = partnership.Status;

        var ex = Assert.Throws<DomainRuleException>(() => partnership.ChangeStatus(PartnershipStatus.Stalled, null, new string('x', Partnership.SourceMaxLength + 1)));

        Assert.Equal("partnership.source.too-long", ex.Rule);
        Assert.Equal(status, partnership.Status);
        Assert.Single(partnership.StatusChanges);
    }

    [Fact]
    public void A_signature_known_only_to_the_month_is_recorded_on_its_first_day()
    {
        var partnership = Known.UnsignedMobilityPartnership();

        var ex = Assert.Throws<DomainRuleException>(() => partnership.RecordSignature(new DateOnly(2008, 6, 15), precision: DatePrecision.Month));
        partnership.RecordSignature(new DateOnly(2008, 6, 1), precision: DatePrecision.Month);

        Assert.Equal("partnership.signature.month-not-first-day", ex.Rule);
        Assert.Equal(DatePrecision.Month, partnership.SignedOnPrecision);
        Assert.Equal(DatePrecision.Month, partnership.StatusChanges[^1].Precision);
    }

    [Fact]
    public void A_change_to_the_status_the_partnership_has_is_refused()
    {
        var partnership = Known.UnsignedMobilityPartnership();

        var ex = Assert.Throws<DomainRuleException>(() => partnership.ChangeStatus(PartnershipStatus.Negotiation, new DateOnly(2011, 1, 1)));

        Assert.Equal("partnership.status.unchanged", ex.Rule);
        Assert.Single(partnership.StatusChanges);
    }
}
