using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Domain.Tests.Initiatives;

public sealed class InitiativePriorityTests
{
    [Fact]
    public void An_initiative_serves_one_of_its_partnerships_priorities_and_can_serve_none()
    {
        var partnership = Known.SignedMobilityPartnership();
        partnership.ReplacePriorities(["Return and reintegration", "Secure travel documents"]);
        var initiative = Initiative.Propose(partnership, "Reintegration assistance", Pillar.MigrationAndDevelopment);

        initiative.AssignPriority(partnership, "  Return and reintegration ");
        Assert.Equal("Return and reintegration", initiative.Priority);

        initiative.AssignPriority(partnership, null);
        Assert.Null(initiative.Priority);
    }

    [Fact]
    public void A_text_that_is_not_one_of_the_partnerships_priorities_is_refused()
    {
        var partnership = Known.SignedMobilityPartnership();
        partnership.ReplacePriorities(["Return and reintegration"]);
        var initiative = Initiative.Propose(partnership, "Reintegration assistance", Pillar.MigrationAndDevelopment);

        var refusal = Assert.Throws<DomainRuleException>(() => initiative.AssignPriority(partnership, "Visa facilitation"));

        Assert.Equal("initiative.priority.not-of-partnership", refusal.Rule);
        Assert.Equal("'Visa facilitation' is not one of the partner country's priorities in this partnership.", refusal.Message);
        Assert.Null(initiative.Priority);
    }

    [Fact]
    public void The_priority_is_checked_against_the_initiatives_own_partnership()
    {
        var partnership = Known.SignedMobilityPartnership();
        var other = Known.SignedMobilityPartnership();
        other.ReplacePriorities(["Return and reintegration"]);
        var initiative = Initiative.Propose(partnership, "Reintegration assistance", Pillar.MigrationAndDevelopment);

        var refusal = Assert.Throws<DomainRuleException>(() => initiative.AssignPriority(other, "Return and reintegration"));

        Assert.Equal("initiative.priority.other-partnership", refusal.Rule);
    }
}
