using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Tests.Initiatives;

/// <summary>The domain's refusals of an initiative show at the field they speak about, and the rest above the form.</summary>
public sealed class InitiativeDraftRuleFieldsTests
{
    [Theory]
    [InlineData("initiative.title.required", nameof(InitiativeDraft.Title))]
    [InlineData("initiative.reference-code.too-long", nameof(InitiativeDraft.ReferenceCode))]
    [InlineData("initiative.lead.not-participant", nameof(InitiativeDraft.LeadOrganisationId))]
    [InlineData("initiative.commitment.other-partnership", nameof(InitiativeDraft.CommitmentId))]
    [InlineData("initiative.priority.not-of-partnership", nameof(InitiativeDraft.Priority))]
    [InlineData("period.start.out-of-range", nameof(InitiativeDraft.StartMonth))]
    [InlineData("period.end.out-of-range", nameof(InitiativeDraft.EndMonth))]
    [InlineData("period.end-before-start", nameof(InitiativeDraft.EndMonth))]
    [InlineData("period.duration.mismatch", nameof(InitiativeDraft.DurationMonths))]
    [InlineData("period.note.too-long", nameof(InitiativeDraft.PeriodNote))]
    [InlineData("indicator.name.required", nameof(InitiativeDraft.Indicators))]
    [InlineData("indicator.target.before-baseline", nameof(InitiativeDraft.Indicators))]
    [InlineData("indicator.duplicate", nameof(InitiativeDraft.Indicators))]
    [InlineData("initiative.partner.duplicate", FieldError.FormLevel)]
    [InlineData("funding-line.eu-contribution.above-total", FieldError.FormLevel)]
    public void A_rule_code_shows_at_its_field(string rule, string field) =>
        Assert.Equal(field, InitiativeDraft.RuleFields.FieldOf(rule));
}
