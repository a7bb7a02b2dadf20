using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Tests.Writing;

public sealed class RuleFieldsTests
{
    private static readonly RuleFields Fields = RuleFields.Of(("initiative.title", "Title"), ("period", "Period"), ("period.end", "EndMonth"));

    [Theory]
    [InlineData("initiative.title", "Title")]
    [InlineData("initiative.title.too-long", "Title")]
    [InlineData("period.start.before-earliest", "Period")]
    [InlineData("period.end.before-start", "EndMonth")]
    [InlineData("period.end", "EndMonth")]
    public void A_rule_code_shows_at_the_field_of_its_nearest_declared_code(string rule, string field) =>
        Assert.Equal(field, Fields.FieldOf(rule));

    [Theory]
    [InlineData("initiative.titles")]
    [InlineData("initiative")]
    [InlineData("periods.end")]
    [InlineData("")]
    public void A_code_that_no_entry_names_shows_above_the_form(string rule) =>
        Assert.Equal(FieldError.FormLevel, Fields.FieldOf(rule));
}
