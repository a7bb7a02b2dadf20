using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Minutes.Drafting;

public sealed class MinutesDraftValidator : AbstractValidator<MinutesDraft>
{
    public MinutesDraftValidator(IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.Minutes).RequiredText(text, "Minutes_Field_Text", Meeting.MinutesMaxLength);
        RuleFor(d => d.DecisionLines)
            .Must(lines => lines.Count <= Meeting.MaxDecisions).WithMessage(d => text["Minutes_Validation_TooManyDecisions", Meeting.MaxDecisions, d.DecisionLines.Count])
            .Must(lines => lines.All(l => TextCharacters.Count(l) <= Meeting.DecisionMaxLength)).WithMessage(_ => text["Minutes_Validation_DecisionTooLong", Meeting.DecisionMaxLength])
            .OverridePropertyName(nameof(MinutesDraft.Decisions));
    }
}
