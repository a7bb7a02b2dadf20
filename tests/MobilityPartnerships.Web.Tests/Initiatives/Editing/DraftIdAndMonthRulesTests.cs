using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Features.Initiatives.Editing;

namespace MobilityPartnerships.Web.Tests.Initiatives.Editing;

/// <summary>
/// What a program may send that the form never does: two entries of a list with one id (one would be stored over the
/// other), and a day in a month field (the day would be dropped). The validator the form, the API and the import share
/// refuses both at the field, in the user's language.
/// </summary>
public sealed class DraftIdAndMonthRulesTests
{
    private readonly InitiativeDraftValidator validator = new(Texts.Strings);

    [Fact]
    public void A_funding_line_repeating_an_id_above_it_is_refused_at_its_own_id()
    {
        var id = Guid.NewGuid();
        var draft = Valid();
        draft.FundingLines =
        [
            new FundingLineDraft { Id = id, SourceKind = FundingSourceKind.EuProgramme, TotalBudget = 1000m },
            new FundingLineDraft { SourceKind = FundingSourceKind.OwnFunds, TotalBudget = 20m },
            new FundingLineDraft { Id = id, SourceKind = FundingSourceKind.EuProgramme, TotalBudget = 5m, EuContribution = 5m },
        ];

        var error = Assert.Single(validator.Validate(draft).Errors);

        Assert.Equal(("FundingLines[2].Id", $"The id {id} is already given to an entry above: each entry keeps its own id (leave it out for a new one)."), (error.PropertyName, error.ErrorMessage));
    }

    [Fact]
    public void An_indicator_repeating_an_id_above_it_is_refused_at_its_own_id_even_when_both_are_the_same()
    {
        var id = Guid.NewGuid();
        var draft = Valid();
        draft.Indicators = [new IndicatorDraft { Id = id, Name = "Workers placed" }, new IndicatorDraft { Id = id, Name = "Trainings held" }];
        var twins = Valid();
        twins.FundingLines = [new FundingLineDraft { Id = id, TotalBudget = 1m }, new FundingLineDraft { Id = id, TotalBudget = 1m }];

        var error = Assert.Single(validator.Validate(draft).Errors);
        var twin = Assert.Single(validator.Validate(twins).Errors);

        Assert.Equal("Indicators[1].Id", error.PropertyName);
        Assert.Equal("FundingLines[1].Id", twin.PropertyName);
    }

    [Theory]
    [InlineData(nameof(InitiativeDraft.StartMonth))]
    [InlineData(nameof(InitiativeDraft.EndMonth))]
    [InlineData(nameof(InitiativeDraft.AnnouncedStartMonth))]
    [InlineData(nameof(InitiativeDraft.AnnouncedEndMonth))]
    public void A_month_field_given_a_day_other_than_the_first_is_refused_at_the_field(string field)
    {
        var draft = Valid();
        draft.StartMonth = draft.EndMonth = null;
        typeof(InitiativeDraft).GetProperty(field)!.SetValue(draft, new DateOnly(2026, 2, 15));

        var error = Assert.Single(validator.Validate(draft).Errors);

        Assert.Equal((field, "Give a month, not a day: write 2026-02-01 for February 2026 (not 2026-02-15)."), (error.PropertyName, error.ErrorMessage));
        typeof(InitiativeDraft).GetProperty(field)!.SetValue(draft, new DateOnly(2026, 2, 1));
        Assert.True(validator.Validate(draft).IsValid);
    }

    [Fact]
    public void The_month_message_is_in_french_for_a_french_user()
    {
        var draft = Valid();
        draft.EndMonth = new DateOnly(2011, 6, 30);

        var message = InLanguage.Of("fr", () => Assert.Single(validator.Validate(draft).Errors).ErrorMessage);

        Assert.Equal("Indiquez un mois, pas un jour\u00a0: écrivez 2011-06-01 pour juin 2011 (et non 2011-06-30).", message);
    }

    private static InitiativeDraft Valid() => new()
    {
        Title = "Circular migration pilot",
        StartMonth = new DateOnly(2010, 6, 1),
        EndMonth = new DateOnly(2011, 6, 1),
        Status = InitiativeStatus.Ongoing,
        FundingLines = [new FundingLineDraft { SourceKind = FundingSourceKind.EuProgramme, Programme = "AENEAS", TotalBudget = 1000m, EuContribution = 800m }],
        Indicators = [new IndicatorDraft { Name = "Workers placed" }],
    };
}
