using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Progress;

namespace MobilityPartnerships.Domain.Tests.Progress;

public sealed class ProgressUpdateTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void The_lead_posts_a_dated_rated_update()
    {
        var (initiative, lead, _) = Scene();

        var update = ProgressUpdate.Post(initiative, new ProgressAuthor("Ana Popescu", lead, false), Today.AddDays(-2), ProgressRating.AtRisk, "  Recruitment slower than planned. ", Today, DateTimeOffset.UnixEpoch);

        Assert.Equal(initiative.Id, update.InitiativeId);
        Assert.Equal(Today.AddDays(-2), update.ReportedOn);
        Assert.Equal(ProgressRating.AtRisk, update.Rating);
        Assert.Equal("Recruitment slower than planned.", update.Narrative);
        Assert.Equal(lead, update.AuthorOrganisationId);
    }

    [Fact]
    public void A_partner_and_the_focal_point_may_post()
    {
        var (initiative, _, partner) = Scene();

        ProgressUpdate.Post(initiative, new ProgressAuthor("Partner", partner, false), Today, ProgressRating.OnTrack, "Fine.", Today, DateTimeOffset.UnixEpoch);
        ProgressUpdate.Post(initiative, new ProgressAuthor("Focal point", null, true), Today, ProgressRating.OnTrack, "Fine.", Today, DateTimeOffset.UnixEpoch);
    }

    [Fact]
    public void An_organisation_that_takes_no_part_may_not_post()
    {
        var (initiative, _, _) = Scene();

        var ex = Assert.Throws<DomainRuleException>(() => ProgressUpdate.Post(initiative, new ProgressAuthor("Outsider", Guid.NewGuid(), false), Today, ProgressRating.OnTrack, "Fine.", Today, DateTimeOffset.UnixEpoch));

        Assert.Equal("progress.author.not-involved", ex.Rule);
    }

    [Theory]
    [InlineData(1, "progress.date.out-of-range")]
    [InlineData(-20000, "progress.date.out-of-range")]
    public void A_date_in_the_future_or_before_1990_is_refused(int daysFromToday, string rule)
    {
        var (initiative, lead, _) = Scene();

        var ex = Assert.Throws<DomainRuleException>(() => ProgressUpdate.Post(initiative, new ProgressAuthor("Lead", lead, false), Today.AddDays(daysFromToday), ProgressRating.OnTrack, "Fine.", Today, DateTimeOffset.UnixEpoch));

        Assert.Equal(rule, ex.Rule);
    }

    [Theory]
    [InlineData("", "progress.narrative.required")]
    [InlineData(" ", "progress.narrative.required")]
    public void An_empty_narrative_is_refused(string narrative, string rule)
    {
        var (initiative, lead, _) = Scene();

        var ex = Assert.Throws<DomainRuleException>(() => ProgressUpdate.Post(initiative, new ProgressAuthor("Lead", lead, false), Today, ProgressRating.OnTrack, narrative, Today, DateTimeOffset.UnixEpoch));

        Assert.Equal(rule, ex.Rule);
    }

    [Fact]
    public void An_over_long_narrative_is_refused()
    {
        var (initiative, lead, _) = Scene();

        var ex = Assert.Throws<DomainRuleException>(() => ProgressUpdate.Post(initiative, new ProgressAuthor("Lead", lead, false), Today, ProgressRating.OnTrack, new string('x', ProgressUpdate.NarrativeMaxLength + 1), Today, DateTimeOffset.UnixEpoch));

        Assert.Equal("progress.narrative.too-long", ex.Rule);
    }

    private static (Initiative Initiative, Guid Lead, Guid Partner) Scene()
    {
        var partnership = Known.SignedMobilityPartnership();
        var lead = Known.Portugal();
        partnership.RecordOriginalSignatory(lead);
        var initiative = Initiative.Propose(partnership, "Circular migration pilot", Pillar.LegalMigration, InitiativeStatus.Ongoing);
        initiative.AssignLead(partnership, lead.Id);
        var partner = Guid.NewGuid();
        initiative.AddPartner(partner, PartnerRole.Implementing);
        return (initiative, lead.Id, partner);
    }
}
