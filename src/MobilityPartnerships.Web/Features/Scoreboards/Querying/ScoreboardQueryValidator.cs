using FluentValidation;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

public sealed class ScoreboardQueryValidator : AbstractValidator<ScoreboardQuery>
{
    public ScoreboardQueryValidator()
    {
        RuleFor(q => q.PartnershipId).NotEmpty().When(q => q.Partnerships is null);
        RuleFor(q => q.Partnerships!.Count).LessThanOrEqualTo(ScoreboardQuery.MaxPartnerships).When(q => q.Partnerships is not null);
        RuleFor(q => q.Page).GreaterThanOrEqualTo(0);
        RuleFor(q => q.PageSize).InclusiveBetween(1, ScoreboardQuery.MaxPageSize)
            .WithMessage($"Page size must be between 1 and {ScoreboardQuery.MaxPageSize}.");
        RuleFor(q => q.Text).MaximumLength(ScoreboardQuery.TextMaxLength);
        RuleFor(q => q.Programme).MaximumLength(Domain.Initiatives.FundingLine.ProgrammeMaxLength);
        RuleFor(q => q.Priority).MaximumLength(Domain.Partnerships.Partnership.PriorityMaxLength);
        RuleFor(q => q.Pillar).IsInEnum();
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Sort).IsInEnum();
        RuleFor(q => q.Novelty).IsInEnum();
        RuleFor(q => q.Rating).IsInEnum();
    }
}
