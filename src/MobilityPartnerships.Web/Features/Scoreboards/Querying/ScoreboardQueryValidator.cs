using FluentValidation;
using MobilityPartnerships.Web.Features.Initiatives.Fields;

namespace MobilityPartnerships.Web.Features.Scoreboards.Querying;

/// <summary>
/// What no scoreboard query may ask, whoever builds it. The page and the exports build valid queries from their own
/// readers, so a failure there is a bug; the API reports these messages to programs, in English like the rest of its
/// answers, whatever the language of the account (FluentValidation's own messages would follow it).
/// </summary>
public sealed class ScoreboardQueryValidator : AbstractValidator<ScoreboardQuery>
{
    /// <summary>A number that names no member of the enum (only code can ask it: the API and the page read names).</summary>
    internal const string NotAValue = "'{PropertyValue}' is not one of its values.";

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
        RuleFor(q => q.Text).MostCharacters(ScoreboardQuery.TextMaxLength);
        RuleFor(q => q.Sort).IsInEnum().WithMessage(NotAValue);
        RuleFor(q => q.Rating).IsInEnum().WithMessage(NotAValue);

        // A field filter's rules come with it from the catalogue (a known enum member, a text's length), with these messages.
        foreach (var rules in InitiativeFields.Filters.Select(f => f.Rules).OfType<IValidator<ScoreboardQuery>>())
        {
            Include(rules);
        }
    }
}
