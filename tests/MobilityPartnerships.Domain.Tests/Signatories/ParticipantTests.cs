using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Signatories;

namespace MobilityPartnerships.Domain.Tests.Signatories;

public sealed class ParticipantTests
{
    [Fact]
    public void Original_signatory_joins_on_the_signature_date()
    {
        var partnership = Known.SignedMobilityPartnership();
        var portugal = Known.Portugal();

        var participant = partnership.RecordOriginalSignatory(portugal, "Joint declaration");

        Assert.Equal(partnership.Id, participant.PartnershipId);
        Assert.Equal(portugal.Id, participant.OrganisationId);
        Assert.Equal(ParticipationBasis.OriginalSignatory, participant.Basis);
        Assert.Equal(Known.JointDeclarationsSigned, participant.JoinedOn);
        Assert.True(participant.IsSignatory);
        Assert.Null(participant.LeftOn);
        Assert.Equal("Joint declaration", participant.Source);
        Assert.True(partnership.TakesPart(portugal.Id));
    }

    [Fact]
    public void Original_signatory_before_signature_is_refused()
    {
        var partnership = Known.UnsignedMobilityPartnership();
        var portugal = Known.Portugal();

        var ex = Assert.Throws<DomainRuleException>(() => partnership.RecordOriginalSignatory(portugal));

        Assert.Equal("participant.signatory.not-signed", ex.Rule);
        Assert.Empty(partnership.Participants);
        Assert.False(partnership.TakesPart(portugal.Id));
    }

    [Fact]
    public void Accession_after_the_signature_is_recorded()
    {
        var partnership = Known.SignedMobilityPartnership();
        var netherlands = Known.Netherlands();

        var participant = partnership.RecordAccession(netherlands, new DateOnly(2010, 2, 1));

        Assert.Equal(ParticipationBasis.Accession, participant.Basis);
        Assert.Equal(new DateOnly(2010, 2, 1), participant.JoinedOn);
        Assert.True(participant.IsSignatory);
        Assert.True(partnership.TakesPart(netherlands.Id));
    }

    [Fact]
    public void Accession_on_the_day_of_the_signature_is_allowed()
    {
        var partnership = Known.SignedMobilityPartnership();

        var participant = partnership.RecordAccession(Known.Netherlands(), Known.JointDeclarationsSigned);

        Assert.Equal(Known.JointDeclarationsSigned, participant.JoinedOn);
    }

    [Fact]
    public void Accession_before_the_signature_is_refused()
    {
        var partnership = Known.SignedMobilityPartnership();
        partnership.RecordOriginalSignatory(Known.Portugal());
        var netherlands = Known.Netherlands();

        var ex = Assert.Throws<DomainRuleException>(() => partnership.RecordAccession(netherlands, new DateOnly(2008, 6, 4)));

        Assert.Equal("participant.accession.before-signature", ex.Rule);
        Assert.Single(partnership.Participants);
        Assert.False(partnership.TakesPart(netherlands.Id));
    }

    [Fact]
    public void Accession_to_an_unsigned_declaration_is_refused()
    {
        var partnership = Known.UnsignedMobilityPartnership();
        var netherlands = Known.Netherlands();

        var ex = Assert.Throws<DomainRuleException>(() => partnership.RecordAccession(netherlands, new DateOnly(2010, 2, 1)));

        Assert.Equal("participant.accession.not-signed", ex.Rule);
        Assert.Empty(partnership.Participants);
    }

    [Fact]
    public void Accession_with_unknown_date_to_an_unsigned_declaration_is_refused()
    {
        var partnership = Known.UnsignedMobilityPartnership();

        var ex = Assert.Throws<DomainRuleException>(() => partnership.RecordAccession(Known.Netherlands(), null));

        Assert.Equal("participant.accession.not-signed", ex.Rule);
        Assert.Empty(partnership.Participants);
    }

    [Fact]
    public void Accession_with_unknown_date_is_allowed()
    {
        var partnership = Known.SignedMobilityPartnership();
        var netherlands = Known.Netherlands();

        var participant = partnership.RecordAccession(netherlands, null);

        Assert.Null(participant.JoinedOn);
        Assert.Equal(ParticipationBasis.Accession, participant.Basis);
        Assert.True(partnership.TakesPart(netherlands.Id));
    }

    [Fact]
    public void Same_organisation_signing_twice_is_refused()
    {
        var partnership = Known.SignedMobilityPartnership();
        var portugal = Known.Portugal();
        var first = partnership.RecordOriginalSignatory(portugal);

        var ex = Assert.Throws<DomainRuleException>(() => partnership.RecordOriginalSignatory(portugal));

        Assert.Equal("participant.duplicate", ex.Rule);
        Assert.Same(first, Assert.Single(partnership.Participants));
    }

    [Fact]
    public void Original_signatory_acceding_as_well_is_refused()
    {
        var partnership = Known.SignedMobilityPartnership();
        var portugal = Known.Portugal();
        partnership.RecordOriginalSignatory(portugal);

        var ex = Assert.Throws<DomainRuleException>(() => partnership.RecordAccession(portugal, new DateOnly(2009, 1, 1)));

        Assert.Equal("participant.duplicate", ex.Rule);
        var participant = Assert.Single(partnership.Participants);
        Assert.Equal(ParticipationBasis.OriginalSignatory, participant.Basis);
        Assert.Equal(Known.JointDeclarationsSigned, participant.JoinedOn);
    }

    [Fact]
    public void Non_signatory_later_signing_is_refused_as_a_duplicate()
    {
        var partnership = Known.SignedMobilityPartnership();
        var frontex = Known.Frontex();
        partnership.AddParticipant(frontex, new DateOnly(2008, 9, 1));

        var ex = Assert.Throws<DomainRuleException>(() => partnership.RecordAccession(frontex, new DateOnly(2009, 1, 1)));

        Assert.Equal("participant.duplicate", ex.Rule);
        var participant = Assert.Single(partnership.Participants);
        Assert.Equal(ParticipationBasis.NonSignatory, participant.Basis);
    }

    [Fact]
    public void Duplicate_participant_is_refused_even_with_unknown_dates()
    {
        var partnership = Known.SignedMobilityPartnership();
        var netherlands = Known.Netherlands();
        partnership.RecordAccession(netherlands, null);

        var ex = Assert.Throws<DomainRuleException>(() => partnership.AddParticipant(netherlands, null));

        Assert.Equal("participant.duplicate", ex.Rule);
        Assert.Single(partnership.Participants);
    }

    [Fact]
    public void Member_state_acceding_after_leaving_the_union_is_refused()
    {
        var partnership = Known.SignedMobilityPartnership();
        var unitedKingdom = Known.UnitedKingdom();

        var ex = Assert.Throws<DomainRuleException>(() => partnership.RecordAccession(unitedKingdom, new DateOnly(2020, 2, 1)));

        Assert.Equal("participant.member-state.not-member", ex.Rule);
        Assert.Empty(partnership.Participants);
        Assert.False(partnership.TakesPart(unitedKingdom.Id));
    }

    [Fact]
    public void Member_state_acceding_on_its_last_day_of_membership_is_allowed()
    {
        var partnership = Known.SignedMobilityPartnership();

        var participant = partnership.RecordAccession(Known.UnitedKingdom(), new DateOnly(2020, 1, 31));

        Assert.Equal(new DateOnly(2020, 1, 31), participant.JoinedOn);
    }

    [Fact]
    public void Member_state_acceding_before_joining_the_union_is_refused()
    {
        var partnership = Known.SignedMobilityPartnership();

        var ex = Assert.Throws<DomainRuleException>(() => partnership.RecordAccession(Known.Croatia(), new DateOnly(2013, 6, 30)));

        Assert.Equal("participant.member-state.not-member", ex.Rule);
        Assert.Empty(partnership.Participants);
    }

    [Fact]
    public void Member_state_acceding_from_its_first_day_of_membership_is_allowed()
    {
        var partnership = Known.SignedMobilityPartnership();

        var participant = partnership.RecordAccession(Known.Croatia(), new DateOnly(2013, 7, 1));

        Assert.Equal(new DateOnly(2013, 7, 1), participant.JoinedOn);
    }

    [Fact]
    public void Original_signatory_that_was_not_yet_a_member_state_is_refused()
    {
        var partnership = Known.SignedMobilityPartnership();
        partnership.RecordOriginalSignatory(Known.France());

        var ex = Assert.Throws<DomainRuleException>(() => partnership.RecordOriginalSignatory(Known.Croatia()));

        Assert.Equal("participant.member-state.not-member", ex.Rule);
        Assert.Single(partnership.Participants);
    }

    [Fact]
    public void Non_signatory_member_state_must_be_a_member_on_the_date()
    {
        var partnership = Known.SignedMobilityPartnership();

        var ex = Assert.Throws<DomainRuleException>(() => partnership.AddParticipant(Known.UnitedKingdom(), new DateOnly(2021, 1, 1)));

        Assert.Equal("participant.member-state.not-member", ex.Rule);
        Assert.Empty(partnership.Participants);
    }

    [Fact]
    public void Eu_agency_takes_part_without_signing_even_before_the_signature()
    {
        var partnership = Known.UnsignedMobilityPartnership();
        var frontex = Known.Frontex();

        var participant = partnership.AddParticipant(frontex, null);

        Assert.Equal(ParticipationBasis.NonSignatory, participant.Basis);
        Assert.False(participant.IsSignatory);
        Assert.True(partnership.TakesPart(frontex.Id));
    }

    [Fact]
    public void Withdrawal_is_recorded()
    {
        var partnership = Known.SignedMobilityPartnership();
        var unitedKingdom = Known.UnitedKingdom();
        partnership.RecordOriginalSignatory(unitedKingdom);

        partnership.RecordWithdrawal(unitedKingdom.Id, new DateOnly(2020, 1, 31));

        Assert.Equal(new DateOnly(2020, 1, 31), Assert.Single(partnership.Participants).LeftOn);
    }

    [Fact]
    public void Withdrawal_on_the_day_of_joining_is_allowed()
    {
        var partnership = Known.SignedMobilityPartnership();
        var portugal = Known.Portugal();
        partnership.RecordOriginalSignatory(portugal);

        partnership.RecordWithdrawal(portugal.Id, Known.JointDeclarationsSigned);

        Assert.Equal(Known.JointDeclarationsSigned, Assert.Single(partnership.Participants).LeftOn);
    }

    [Fact]
    public void Withdrawal_before_joining_is_refused()
    {
        var partnership = Known.SignedMobilityPartnership();
        var netherlands = Known.Netherlands();
        partnership.RecordAccession(netherlands, new DateOnly(2010, 2, 1));

        var ex = Assert.Throws<DomainRuleException>(() => partnership.RecordWithdrawal(netherlands.Id, new DateOnly(2010, 1, 31)));

        Assert.Equal("participant.withdrawal.before-joining", ex.Rule);
        Assert.Null(Assert.Single(partnership.Participants).LeftOn);
    }

    [Fact]
    public void Withdrawal_with_unknown_joining_date_is_allowed()
    {
        var partnership = Known.SignedMobilityPartnership();
        var netherlands = Known.Netherlands();
        partnership.RecordAccession(netherlands, null);

        partnership.RecordWithdrawal(netherlands.Id, new DateOnly(2012, 1, 1));

        Assert.Equal(new DateOnly(2012, 1, 1), Assert.Single(partnership.Participants).LeftOn);
    }

    [Fact]
    public void Withdrawal_of_an_organisation_that_does_not_take_part_is_refused()
    {
        var partnership = Known.SignedMobilityPartnership();
        partnership.RecordOriginalSignatory(Known.Portugal());

        var ex = Assert.Throws<DomainRuleException>(() => partnership.RecordWithdrawal(Known.France().Id, new DateOnly(2012, 1, 1)));

        Assert.Equal("participant.withdrawal.not-participant", ex.Rule);
        Assert.Null(Assert.Single(partnership.Participants).LeftOn);
    }
}
