using FluentValidation;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>
/// What no scoreboard query may ask, whoever builds it. The page and the exports build valid queries from their own
/// readers, so a failure there is a bug; the API reports these messages to programs, in English like the rest of its
/// answers, whatever the language of the account (FluentValidation's own messages would follow it).
/// </summary>
public sealed class ScoreboardQueryValidator : AbstractValidator<ScoreboardQuery>
{
    private const string TooLong = "At most {MaxLength} characters; this one has {TotalLength}.";
    private const string NotAValue = "'{PropertyValue}' is not one of its values.";

    public ScoreboardQueryValidator()
    {
        RuleFor(q => q.PartnershipId).NotEmpty().When(q => q.Partnerships is null)
            .WithMessage("A partnership is needed.");
        RuleFor(q => q.Partnerships!.Count).LessThanOrEqualTo(ScoreboardQuery.MaxPartnerships).When(q => q.Partnerships is not null)
            .WithMessage($"At most {ScoreboardQuery.MaxPartnerships} partnerships at once.");
        RuleFor(q => q.Page).GreaterThanOrEqualTo(0)
            .WithMessage("Pages are counted from the first.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, ScoreboardQuery.MaxPageSize)
            .WithMessage($"Page size must be between 1 and {ScoreboardQuery.MaxPageSize}.");
        RuleFor(q => q.Text).MaximumLength(ScoreboardQuery.TextMaxLength).WithMessage(TooLong);
        RuleFor(q => q.Programme).MaximumLength(Domain.Initiatives.FundingLine.ProgrammeMaxLength).WithMessage(TooLong);
        RuleFor(q => q.Priority).MaximumLength(Domain.Partnerships.Partnership.PriorityMaxLength).WithMessage(TooLong);
        RuleFor(q => q.Pillar).IsInEnum().WithMessage(NotAValue);
        RuleFor(q => q.Status).IsInEnum().WithMessage(NotAValue);
        RuleFor(q => q.Sort).IsInEnum().WithMessage(NotAValue);
        RuleFor(q => q.Novelty).IsInEnum().WithMessage(NotAValue);
        RuleFor(q => q.Rating).IsInEnum().WithMessage(NotAValue);
    }
}
