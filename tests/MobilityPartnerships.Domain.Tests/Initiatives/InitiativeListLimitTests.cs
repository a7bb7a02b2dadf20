using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Domain.Tests.Initiatives;

/// <summary>
/// The lists an initiative keeps are bounded: an initiative of 2,500 funding lines was stored through the API, and its
/// edit page, exports and filters grew without end.
/// </summary>
public sealed class InitiativeListLimitTests
{
    private readonly Initiative initiative = Initiative.Propose(Known.SignedMobilityPartnership(), "Circular migration pilot", Pillar.LegalMigration);

    [Fact]
    public void Funding_lines_stop_at_the_limit()
    {
        for (var i = 0; i < Initiative.MaxFundingLines; i++)
        {
            initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.OwnFunds, $"Line {i}", null, 1m, null));
        }

        var refusal = Assert.Throws<DomainRuleException>(() => initiative.AddFundingLine(FundingLine.Create(FundingSourceKind.OwnFunds, "One more", null, 1m, null)));

        Assert.Equal(("initiative.funding-lines.too-many", Initiative.MaxFundingLines), (refusal.Rule, refusal.Arguments.Single()));
        Assert.Equal(Initiative.MaxFundingLines, initiative.FundingLines.Count);
    }

    [Fact]
    public void Indicators_stop_at_the_limit_and_the_stored_ones_stay()
    {
        initiative.ReplaceIndicators([Indicator.Create("Workers placed", null)], []);

        var refusal = Assert.Throws<DomainRuleException>(() =>
            initiative.ReplaceIndicators(Enumerable.Range(0, Initiative.MaxIndicators + 1).Select(i => Indicator.Create($"Indicator {i}", null)), []));

        Assert.Equal("initiative.indicators.too-many", refusal.Rule);
        Assert.Equal("Workers placed", Assert.Single(initiative.Indicators).Name);
        initiative.ReplaceIndicators(Enumerable.Range(0, Initiative.MaxIndicators).Select(i => Indicator.Create($"Indicator {i}", null)), []);
        Assert.Equal(Initiative.MaxIndicators, initiative.Indicators.Count);
    }

    [Fact]
    public void Contact_points_stop_at_the_limit()
    {
        var refusal = Assert.Throws<DomainRuleException>(() =>
            initiative.ReplaceContactPoints(Enumerable.Range(0, Initiative.MaxContactPoints + 1).Select(i => ContactPoint.Create($"Desk officer {i}", null, null, null, null))));

        Assert.Equal("initiative.contact-points.too-many", refusal.Rule);
        Assert.Empty(initiative.ContactPoints);
    }

    [Fact]
    public void Partners_stop_at_the_limit()
    {
        var refusal = Assert.Throws<DomainRuleException>(() =>
            initiative.ReplacePartners(Enumerable.Range(0, Initiative.MaxPartners + 1).Select(_ => (Guid.NewGuid(), PartnerRole.Participating))));

        Assert.Equal("initiative.partners.too-many", refusal.Rule);
        Assert.Empty(initiative.Partners);
    }
}
