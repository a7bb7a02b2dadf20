using FluentValidation;
using MobilityPartnerships.Web.Features.Initiatives.Fields;

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
        RuleFor(q => q.Sort).IsInEnum();
        RuleFor(q => q.Rating).IsInEnum();

        // A field filter's rules come with it from the catalogue (a known enum member, a text's length).
        foreach (var rules in InitiativeFields.Filters.Select(f => f.Rules).OfType<IValidator<ScoreboardQuery>>())
        {
            Include(rules);
        }
    }
}
