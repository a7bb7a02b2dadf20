using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Tests.Writing;

/// <summary>A refused write tells every problem once: the form's messages, then each other problem where nothing was told at its field or beneath it.</summary>
public sealed class RefusalsTests
{
    private static readonly RuleFields Fields = RuleFields.Of(("initiative.priority", "Priority"), ("contact-point", "ContactPoints"));

    [Fact]
    public void Problems_of_different_fields_are_all_told_in_the_order_found()
    {
        var refusals = Gathered([new("Title", "Too long.")]);

        refusals.Add(new FieldError("ThematicAreaIds[0]", "Unknown area."));
        refusals.Check(() => throw new DomainRuleException("initiative.priority.not-of-partnership", "Not a priority."));
        refusals.Check(() => { });

        Assert.Equal(["Title", "ThematicAreaIds[0]", "Priority"], refusals.Errors.Select(e => e.Path));
    }

    [Fact]
    public void The_domain_saying_again_what_the_form_said_at_a_field_or_beneath_it_is_left_out()
    {
        var refusals = Gathered([new("ContactPoints[0].Email", "Not an address."), new("ContactPoints[0].Email", "Too long.")]);

        refusals.Check(() => throw new DomainRuleException("contact-point.email.invalid", "Not an address."));
        refusals.Check(() => throw new DomainRuleException("funding-line.id.duplicate", "Two lines share an id."));

        Assert.Equal(["Not an address.", "Too long."], refusals.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Refusals_of_the_whole_draft_are_told_when_nothing_else_is_each_once()
    {
        var refusals = Gathered([]);

        refusals.Check(() => throw new DomainRuleException("funding-line.id.duplicate", "Two lines share an id."));
        refusals.Check(() => throw new DomainRuleException("initiative.partner.duplicate", "A partner is listed twice."));
        refusals.Check(() => throw new DomainRuleException("initiative.partner.duplicate", "A partner is listed twice."));

        Assert.Equal(["Two lines share an id.", "A partner is listed twice."], refusals.Errors.Select(e => e.Message));
    }

    [Fact]
    public void A_step_that_makes_something_gives_it_or_null_with_its_refusal_noted()
    {
        var refusals = Gathered([]);

        Assert.Equal("made", refusals.Check(() => "made"));
        Assert.Null(refusals.Check<string>(() => throw new DomainRuleException("initiative.priority.not-of-partnership", "Not a priority.")));
        Assert.Equal(["Priority"], refusals.Errors.Select(e => e.Path));
    }

    private static Refusals Gathered(IEnumerable<FieldError> form) =>
        new(form, refusal => new FieldError(Fields.FieldOf(refusal.Rule), refusal.Message));
}
