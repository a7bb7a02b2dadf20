using MobilityPartnerships.Domain.Commitments;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Domain.Tests.Commitments;

public sealed class CommitmentTests
{
    [Fact]
    public void A_commitment_keeps_its_side_pillar_and_trimmed_text()
    {
        var commitment = Commitment.Record(Known.SignedMobilityPartnership(), CommitmentSide.PartnerCountry, Pillar.IllegalMigration, "  Readmit its own nationals  ", "Joint declaration", 0);

        Assert.Equal((CommitmentSide.PartnerCountry, Pillar.IllegalMigration, "Readmit its own nationals", "Joint declaration"), (commitment.Side, commitment.Pillar, commitment.Text, commitment.Source));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_commitment_without_text_is_refused(string text)
    {
        var refusal = Assert.Throws<DomainRuleException>(() => Commitment.Record(Known.SignedMobilityPartnership(), CommitmentSide.EuAndMemberStates, Pillar.LegalMigration, text, null, 0));

        Assert.Equal(("commitment.text.required", "The commitment is required."), (refusal.Rule, refusal.Message));
    }

    [Fact]
    public void A_commitment_longer_than_allowed_is_refused()
    {
        var refusal = Assert.Throws<DomainRuleException>(() => Commitment.Record(Known.SignedMobilityPartnership(), CommitmentSide.EuAndMemberStates, Pillar.LegalMigration, new string('x', Commitment.TextMaxLength + 1), null, 0));

        Assert.Equal("commitment.text.too-long", refusal.Rule);
    }

    [Fact]
    public void An_initiative_carries_out_a_commitment_of_its_own_partnership_and_can_be_unlinked()
    {
        var partnership = Known.SignedMobilityPartnership();
        var commitment = Commitment.Record(partnership, CommitmentSide.EuAndMemberStates, Pillar.LegalMigration, "Facilitate visas", null, 0);
        var initiative = Initiative.Propose(partnership, "Common Visa Application Centre", Pillar.LegalMigration);

        initiative.LinkCommitment(commitment);
        Assert.Equal(commitment.Id, initiative.CommitmentId);

        initiative.LinkCommitment(null);
        Assert.Null(initiative.CommitmentId);
    }

    [Fact]
    public void A_commitment_of_another_partnership_cannot_be_linked()
    {
        var initiative = Initiative.Propose(Known.SignedMobilityPartnership(), "Common Visa Application Centre", Pillar.LegalMigration);
        var elsewhere = Commitment.Record(Known.SignedMobilityPartnership(), CommitmentSide.EuAndMemberStates, Pillar.LegalMigration, "Facilitate visas", null, 0);

        var refusal = Assert.Throws<DomainRuleException>(() => initiative.LinkCommitment(elsewhere));

        Assert.Equal("initiative.commitment.other-partnership", refusal.Rule);
        Assert.Null(initiative.CommitmentId);
    }
}
