using FluentValidation;

namespace MobilityPartnerships.Web.Features.Scoreboards;

public sealed class ScoreboardQueryValidator : AbstractValidator<ScoreboardQuery>
{
    public ScoreboardQueryValidator()
    {
        RuleFor(q => q.PartnershipId).NotEmpty();
        RuleFor(q => q.Page).GreaterThanOrEqualTo(0);
        RuleFor(q => q.PageSize).Must(size => ScoreboardQuery.PageSizes.Contains(size))
            .WithMessage($"Page size must be one of {string.Join(", ", ScoreboardQuery.PageSizes)}.");
        RuleFor(q => q.Text).MaximumLength(ScoreboardQuery.TextMaxLength);
        RuleFor(q => q.Programme).MaximumLength(Domain.Initiatives.FundingLine.ProgrammeMaxLength);
        RuleFor(q => q.Pillar).IsInEnum();
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Sort).IsInEnum();
    }
}
