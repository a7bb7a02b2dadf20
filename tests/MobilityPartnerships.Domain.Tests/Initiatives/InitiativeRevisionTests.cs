using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;

namespace MobilityPartnerships.Domain.Tests.Initiatives;

/// <summary>Editing an initiative's collections keeps what stays, and a refused edit changes nothing.</summary>
public sealed class InitiativeRevisionTests
{
    private static readonly Guid Sweden = Guid.NewGuid();
    private static readonly Guid Iom = Guid.NewGuid();

    [Fact]
    public void Replacing_partners_keeps_the_partners_that_stay()
    {
        var initiative = NewInitiative();
        initiative.ReplacePartners([(Sweden, PartnerRole.Participating), (Iom, PartnerRole.Implementing)]);
        var kept = initiative.Partners[0];

        initiative.ReplacePartners([(Sweden, PartnerRole.Participating), (Iom, PartnerRole.Participating)]);

        Assert.Same(kept, initiative.Partners[0]);
        Assert.Equal([(Sweden, PartnerRole.Participating), (Iom, PartnerRole.Participating)], initiative.Partners.Select(p => (p.OrganisationId, p.Role)));
    }

    [Fact]
    public void A_partner_listed_twice_with_the_same_role_is_refused_and_nothing_changes()
    {
        var initiative = NewInitiative();
        initiative.ReplacePartners([(Sweden, PartnerRole.Participating)]);

        var ex = Assert.Throws<DomainRuleException>(() => initiative.ReplacePartners([(Iom, PartnerRole.Implementing), (Iom, PartnerRole.Implementing)]));

        Assert.Equal("initiative.partner.duplicate", ex.Rule);
        Assert.Equal([Sweden], initiative.Partners.Select(p => p.OrganisationId));
    }

    [Fact]
    public void Thematic_areas_that_stay_are_kept_and_the_others_go()
    {
        var initiative = NewInitiative();
        var (a, b, c) = (Area("Diaspora"), Area("Remittances"), Area("Brain drain"));
        initiative.Classify(Pillar.MigrationAndDevelopment, [a, b]);
        var kept = initiative.ThematicAreas[0];

        initiative.Classify(Pillar.MigrationAndDevelopment, [a, c]);

        Assert.Same(kept, initiative.ThematicAreas[0]);
        Assert.Equal([a.Id, c.Id], initiative.ThematicAreas.Select(t => t.ThematicAreaId));
        Assert.Equal(Pillar.MigrationAndDevelopment, initiative.Pillar);
    }

    [Fact]
    public void Contact_points_equal_to_a_wanted_one_are_kept()
    {
        var initiative = NewInitiative();
        initiative.ReplaceContactPoints([ContactPoint.Create("Desk officer", null, null, "desk@example.org", null), ContactPoint.Create("Attaché", Sweden, null, null, null)]);
        var kept = initiative.ContactPoints[0];

        initiative.ReplaceContactPoints([ContactPoint.Create("Desk officer", null, null, "desk@example.org", null)]);

        Assert.Same(kept, Assert.Single(initiative.ContactPoints));
    }

    [Fact]
    public void Indicators_with_the_same_name_are_refused_and_nothing_changes()
    {
        var initiative = NewInitiative();
        initiative.ReplaceIndicators([Indicator.Create("Workers placed", null)], []);

        var ex = Assert.Throws<DomainRuleException>(() => initiative.ReplaceIndicators([Indicator.Create("Trainings", null), Indicator.Create("trainings", "again")], []));

        Assert.Equal("indicator.duplicate", ex.Rule);
        Assert.Equal("Workers placed", Assert.Single(initiative.Indicators).Name);
    }

    [Fact]
    public void An_indicator_with_an_id_the_initiative_does_not_have_is_added_under_an_id_of_its_own()
    {
        // The id may be another initiative's indicator: taking it over stored a second row under its key.
        var other = NewInitiative();
        other.ReplaceIndicators([Indicator.Create("Workers placed", null)], []);
        var foreign = other.Indicators[0].Id;
        var initiative = NewInitiative();
        initiative.ReplaceIndicators([Indicator.Create("Trainings", null)], []);
        var kept = initiative.Indicators[0];

        initiative.ReplaceIndicators([Indicator.Create("Trainings", "held", null, null, null, null, null, null, kept.Id), Indicator.Create("Hijack", null, null, null, null, null, null, null, foreign)], []);

        Assert.Same(kept, initiative.Indicators[0]);
        var added = initiative.Indicators[1];
        Assert.Equal("Hijack", added.Name);
        Assert.NotEqual(foreign, added.Id);
        Assert.NotEqual(Guid.Empty, added.Id);
        Assert.Equal(("Workers placed", foreign), (other.Indicators[0].Name, other.Indicators[0].Id));
    }

    [Fact]
    public void Two_indicators_with_one_id_are_refused_and_nothing_changes()
    {
        var initiative = NewInitiative();
        initiative.ReplaceIndicators([Indicator.Create("Workers placed", null)], []);
        var id = initiative.Indicators[0].Id;

        var ex = Assert.Throws<DomainRuleException>(() => initiative.ReplaceIndicators(
            [Indicator.Create("Workers placed", null, null, null, null, null, null, null, id), Indicator.Create("Trainings", null, null, null, null, null, null, null, id)], []));

        Assert.Equal("indicator.id.duplicate", ex.Rule);
        Assert.Equal(("Workers placed", id), (Assert.Single(initiative.Indicators).Name, initiative.Indicators[0].Id));
    }

    [Fact]
    public void A_funding_line_is_revised_in_place_and_a_refused_revision_changes_nothing()
    {
        var initiative = NewInitiative();
        var line = FundingLine.Create(FundingSourceKind.EuProgramme, "AENEAS", null, 1000m, 800m);
        initiative.AddFundingLine(line);

        line.Revise(FundingSourceKind.OwnFunds, "National budget", Sweden, 2000m, 0m);
        var ex = Assert.Throws<DomainRuleException>(() => line.Revise(FundingSourceKind.EuProgramme, "X", null, 100m, 150m));

        Assert.Equal("funding-line.eu-contribution.above-total", ex.Rule);
        Assert.Equal((FundingSourceKind.OwnFunds, "National budget", (Guid?)Sweden, (decimal?)2000m, (decimal?)0m), (line.SourceKind, line.Programme, line.ContributorId, line.TotalBudget, line.EuContribution));
        Assert.Equal(Amount.Exact(2000m), initiative.TotalBudget);
    }

    [Fact]
    public void Removing_a_funding_line_that_is_not_there_is_refused()
    {
        var initiative = NewInitiative();

        var ex = Assert.Throws<DomainRuleException>(() => initiative.RemoveFundingLine(Guid.NewGuid()));

        Assert.Equal("funding-line.unknown", ex.Rule);
    }

    [Theory]
    [InlineData(InitiativeStatus.Ongoing, "2011-07-01", true)]
    [InlineData(InitiativeStatus.Ongoing, "2011-06-30", false)]
    [InlineData(InitiativeStatus.Planned, "2012-01-01", true)]
    [InlineData(InitiativeStatus.Completed, "2012-01-01", false)]
    [InlineData(InitiativeStatus.Cancelled, "2012-01-01", false)]
    public void An_initiative_is_late_once_its_end_month_is_over_and_it_is_not_completed(InitiativeStatus status, string today, bool late)
    {
        var initiative = NewInitiative();
        initiative.Schedule(ImplementationPeriod.Create(new DateOnly(2010, 7, 1), new DateOnly(2011, 6, 1), null), []);
        initiative.ChangeStatus(status, latestUpdate: null);

        Assert.Equal(late, initiative.IsLateOn(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Without_an_end_month_an_initiative_is_never_late()
    {
        Assert.False(NewInitiative().IsLateOn(new DateOnly(2099, 1, 1)));
    }

    [Fact]
    public void Archiving_and_restoring()
    {
        var initiative = NewInitiative();

        initiative.Archive();
        Assert.True(initiative.IsArchived);
        initiative.Restore();
        Assert.False(initiative.IsArchived);
    }

    [Fact]
    public void A_thematic_area_of_another_pillar_is_refused_with_its_name_and_nothing_changes()
    {
        var initiative = NewInitiative();
        var circular = ThematicArea.Create(Pillar.LegalMigration, "Circular migration");
        initiative.Classify(Pillar.LegalMigration, [circular]);
        var border = ThematicArea.Create(Pillar.IllegalMigration, "Cooperation on border management");

        var ex = Assert.Throws<DomainRuleException>(() => initiative.Classify(Pillar.LegalMigration, [circular, border]));

        Assert.Equal("initiative.thematic-areas.other-pillar", ex.Rule);
        Assert.Equal("\"Cooperation on border management\" is not a thematic area of the pillar LegalMigration: it belongs to the pillar IllegalMigration.", ex.Message);
        Assert.Equal(new object?[] { "Cooperation on border management", Pillar.LegalMigration, Pillar.IllegalMigration }, ex.Arguments);
        Assert.Equal([circular.Id], initiative.ThematicAreas.Select(t => t.ThematicAreaId));
    }

    [Fact]
    public void A_new_pillar_with_the_old_pillars_areas_is_refused_and_the_pillar_stays()
    {
        var initiative = NewInitiative();
        var circular = ThematicArea.Create(Pillar.LegalMigration, "Circular migration");
        initiative.Classify(Pillar.LegalMigration, [circular]);

        var ex = Assert.Throws<DomainRuleException>(() => initiative.Classify(Pillar.IllegalMigration, [circular]));

        Assert.Equal("initiative.thematic-areas.other-pillar", ex.Rule);
        Assert.Equal(Pillar.LegalMigration, initiative.Pillar);
    }

    private static ThematicArea Area(string name) => ThematicArea.Create(Pillar.MigrationAndDevelopment, name);

    private static Initiative NewInitiative() => Initiative.Propose(Known.SignedMobilityPartnership(), "Circular migration pilot", Pillar.LegalMigration, InitiativeStatus.Ongoing);
}
