using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Initiatives.Editing;
using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Tests.Initiatives;

/// <summary>Each rule of the initiative form, with the message a user reads at the field.</summary>
public sealed class InitiativeDraftValidatorTests
{
    private readonly InitiativeDraftValidator validator = new(Texts.Strings);

    [Fact]
    public void A_complete_draft_passes()
    {
        Assert.True(validator.Validate(Valid()).IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void The_title_is_required(string title)
    {
        AssertOnly(Edited(_ => _.Title = title), "Title", "Title is required.");
    }

    [Fact]
    public void An_over_long_title_is_refused_with_its_length()
    {
        AssertOnly(Edited(_ => _.Title = new string('t', 301)), "Title", "At most 300 characters (this has 301).");
    }

    [Theory]
    [InlineData(nameof(InitiativeDraft.ReferenceCode), 61)]
    [InlineData(nameof(InitiativeDraft.Summary), 4001)]
    [InlineData(nameof(InitiativeDraft.Location), 201)]
    [InlineData(nameof(InitiativeDraft.Source), 201)]
    [InlineData(nameof(InitiativeDraft.PeriodNote), 201)]
    public void Over_long_optional_texts_are_refused(string property, int length)
    {
        var draft = Valid();
        typeof(InitiativeDraft).GetProperty(property)!.SetValue(draft, new string('x', length));

        AssertOnly(draft, property, $"At most {length - 1:N0} characters (this has {length:N0}).");
    }

    [Fact]
    public void Every_stored_text_of_the_catalogue_is_refused_over_its_length_at_its_own_field()
    {
        Assert.NotEmpty(InitiativeFields.StoredValues.OfType<StoredText>());
        foreach (var stored in InitiativeFields.StoredValues.OfType<StoredText>())
        {
            var draft = Valid();
            stored.Set(draft, new string('x', stored.Length));
            Assert.True(validator.Validate(draft).IsValid, $"{stored.Name} at its length of {stored.Length}");

            stored.Set(draft, new string('x', stored.Length + 1));
            AssertOnly(draft, stored.Name, $"At most {stored.Length:N0} characters (this has {stored.Length + 1:N0}).");
        }
    }

    [Fact]
    public void An_end_before_the_start_is_refused_at_the_end()
    {
        AssertOnly(Edited(_ => (_.StartMonth, _.EndMonth) = (new DateOnly(2011, 6, 1), new DateOnly(2011, 5, 1))), "EndMonth", "The end cannot be before the start.");
    }

    [Theory]
    [InlineData(1989, 12)]
    [InlineData(2101, 1)]
    public void Months_out_of_range_are_refused(int year, int month)
    {
        AssertOnly(Edited(_ => (_.StartMonth, _.EndMonth) = (new DateOnly(year, month, 1), null)), "StartMonth", "Choose a month between 1990 and 2100.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(241)]
    public void A_duration_out_of_range_is_refused(int months)
    {
        AssertOnly(Edited(_ => (_.EndMonth, _.DurationMonths) = (null, months)), "DurationMonths", "A duration is between 1 and 240 months.");
    }

    [Fact]
    public void A_duration_that_does_not_match_the_months_is_refused()
    {
        AssertOnly(Edited(_ => _.DurationMonths = 5), "DurationMonths", "The start and end months span 13 months; leave the duration empty or make it match.");
    }

    [Fact]
    public void A_negative_amount_is_refused_at_its_line()
    {
        AssertOnly(Edited(_ => (_.FundingLines[0].TotalBudget, _.FundingLines[0].EuContribution) = (-1m, null)), "FundingLines[0].TotalBudget", "Total budget cannot be negative.");
    }

    [Fact]
    public void An_amount_with_fractions_of_a_cent_is_refused()
    {
        AssertOnly(Edited(_ => _.FundingLines[0].EuContribution = 10.001m), "FundingLines[0].EuContribution", "EU contribution is in euro with at most two decimals (cents).");
    }

    [Fact]
    public void An_amount_larger_than_the_database_holds_is_refused()
    {
        AssertOnly(Edited(_ => (_.FundingLines[0].TotalBudget, _.FundingLines[0].EuContribution) = (decimal.MaxValue, null)), "FundingLines[0].TotalBudget", "Total budget is larger than the product can hold.");
    }

    [Fact]
    public void An_eu_contribution_above_the_total_is_refused_at_the_contribution()
    {
        AssertOnly(Edited(_ => _.FundingLines[0].EuContribution = 1000.01m), "FundingLines[0].EuContribution", "The EU contribution cannot be above the total budget.");
    }

    [Fact]
    public void A_partner_without_an_organisation_is_refused()
    {
        AssertOnly(Edited(_ => _.Partners.Add(new PartnerDraft())), "Partners[1].OrganisationId", "Choose an organisation.");
    }

    [Fact]
    public void The_same_partner_twice_in_the_same_role_is_refused()
    {
        var result = validator.Validate(Edited(_ => _.Partners.Add(_.Partners[0] with { })));

        Assert.Equal(["Partners[0].OrganisationId", "Partners[1].OrganisationId"], result.Errors.Select(e => e.PropertyName));
        Assert.All(result.Errors, e => Assert.Equal("This organisation is already listed with this role.", e.ErrorMessage));
    }

    [Fact]
    public void The_same_partner_in_two_roles_passes()
    {
        Assert.True(validator.Validate(Edited(_ => _.Partners.Add(_.Partners[0] with { Role = PartnerRole.Implementing }))).IsValid);
    }

    [Fact]
    public void A_contact_point_needs_a_name_and_a_real_e_mail_address()
    {
        var result = validator.Validate(Edited(_ => _.ContactPoints.Add(new ContactPointDraft { Name = " ", Email = "not-an-address" })));

        Assert.Equal(
            [("ContactPoints[1].Name", "Name is required."), ("ContactPoints[1].Email", "'not-an-address' is not an e-mail address.")],
            result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));
    }

    [Fact]
    public void A_phone_number_with_letters_is_refused()
    {
        AssertOnly(Edited(_ => _.ContactPoints[0].Phone = "call me"), "ContactPoints[0].Phone", "A phone number has digits, spaces and + ( ) . / - only.");
    }

    [Theory]
    [InlineData("Display Name <x@example.org>")]
    [InlineData("Eve Mallory <eve@example.org>")]
    public void An_e_mail_with_a_name_around_it_is_refused_as_the_domain_refuses_it(string email)
    {
        AssertOnly(Edited(_ => _.ContactPoints[0].Email = email), "ContactPoints[0].Email", $"'{email}' is not an e-mail address.");
    }

    [Theory]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("()-./")]
    public void A_phone_number_without_a_digit_is_refused(string phone)
    {
        AssertOnly(Edited(_ => _.ContactPoints[0].Phone = phone), "ContactPoints[0].Phone", "A phone number has at least one digit.");
    }

    [Theory]
    [InlineData("desk@example.org")]
    [InlineData("DESK@Example.org")]
    public void A_contact_point_listed_twice_is_refused_at_the_repeat(string email)
    {
        AssertOnly(Edited(_ => _.ContactPoints.Add(new ContactPointDraft { Name = " Desk officer", Email = email, Phone = "+373 22 123 456 " })),
            "ContactPoints[1].Name", "This contact point is already listed above with the same details (e-mail addresses are compared whatever their letter case): list each contact point once.");
    }

    [Fact]
    public void Contact_points_alike_but_for_one_detail_are_taken()
    {
        Assert.True(validator.Validate(Edited(_ => _.ContactPoints.Add(new ContactPointDraft { Name = "Desk officer", Email = "desk@example.org" }))).IsValid);
    }

    [Fact]
    public void An_indicator_listed_twice_is_refused()
    {
        var result = validator.Validate(Edited(_ => _.Indicators.Add(new IndicatorDraft { Name = "WORKERS PLACED " })));

        Assert.Equal(2, result.Errors.Count);
        Assert.Equal("The indicator 'Workers placed' is listed twice.", result.Errors[0].ErrorMessage);
    }

    [Fact]
    public void A_negative_baseline_of_an_indicator_that_counts_persons_is_refused_at_the_baseline()
    {
        AssertOnly(
            Edited(_ => (_.Indicators[0].Unit, _.Indicators[0].BaselineValue, _.Indicators[0].BaselineDate) = ("persons", -5m, new DateOnly(2011, 1, 1))),
            "Indicators[0].BaselineValue",
            "Baseline counts things (persons): it cannot be negative.");
    }

    [Fact]
    public void A_negative_target_is_accepted_where_the_unit_does_not_count_things()
    {
        Assert.True(validator.Validate(Edited(_ => (_.Indicators[0].Unit, _.Indicators[0].TargetValue, _.Indicators[0].TargetDate) = ("%", -5m, new DateOnly(2011, 1, 1)))).IsValid);
    }

    [Fact]
    public void An_unknown_status_is_refused()
    {
        AssertOnly(Edited(_ => _.Status = (InitiativeStatus)42), "Status", "Choose one of the listed values.");
    }

    [Fact]
    public void Each_list_of_an_initiative_is_refused_past_its_limit_at_the_list()
    {
        AssertOnly(Edited(d => d.FundingLines = [.. Enumerable.Range(0, 51).Select(i => new FundingLineDraft { SourceKind = FundingSourceKind.OwnFunds, Programme = $"Line {i}" })]),
            "FundingLines", "At most 50 funding lines (this has 51).");
        AssertOnly(Edited(d => d.Indicators = [.. Enumerable.Range(0, 51).Select(i => new IndicatorDraft { Name = $"Indicator {i}" })]),
            "Indicators", "At most 50 indicators (this has 51).");
        AssertOnly(Edited(d => d.ContactPoints = [.. Enumerable.Range(0, 51).Select(i => new ContactPointDraft { Name = $"Desk officer {i}" })]),
            "ContactPoints", "At most 50 contact points (this has 51).");
        AssertOnly(Edited(d => d.Partners = [.. Enumerable.Range(0, 101).Select(_ => new PartnerDraft { OrganisationId = Guid.NewGuid(), Role = PartnerRole.Participating })]),
            "Partners", "At most 100 partners (this lists 101).");
    }

    [Fact]
    public void Each_list_of_an_initiative_may_reach_its_limit()
    {
        Assert.True(validator.Validate(Edited(d =>
        {
            d.FundingLines = [.. Enumerable.Range(0, Initiative.MaxFundingLines).Select(i => new FundingLineDraft { SourceKind = FundingSourceKind.OwnFunds, Programme = $"Line {i}" })];
            d.Indicators = [.. Enumerable.Range(0, Initiative.MaxIndicators).Select(i => new IndicatorDraft { Name = $"Indicator {i}" })];
        })).IsValid);
    }

    private void AssertOnly(InitiativeDraft draft, string path, string message)
    {
        var error = Assert.Single(validator.Validate(draft).Errors);
        Assert.Equal((path, message), (error.PropertyName, error.ErrorMessage));
    }

    private static InitiativeDraft Edited(Action<InitiativeDraft> change)
    {
        var draft = Valid();
        change(draft);
        return draft;
    }

    private static InitiativeDraft Valid() => new()
    {
        ReferenceCode = "MD-01",
        Title = "Circular migration pilot",
        StartMonth = new DateOnly(2010, 6, 1),
        EndMonth = new DateOnly(2011, 6, 1),
        Status = InitiativeStatus.Ongoing,
        Partners = [new PartnerDraft { OrganisationId = Guid.NewGuid(), Role = PartnerRole.Participating }],
        FundingLines = [new FundingLineDraft { SourceKind = FundingSourceKind.EuProgramme, Programme = "AENEAS", TotalBudget = 1000m, EuContribution = 800m }],
        ContactPoints = [new ContactPointDraft { Name = "Desk officer", Email = "desk@example.org", Phone = "+373 22 123 456" }],
        Indicators = [new IndicatorDraft { Name = "Workers placed" }],
    };
}

