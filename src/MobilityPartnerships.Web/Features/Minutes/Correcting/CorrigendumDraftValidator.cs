using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Minutes.Correcting;

public sealed class CorrigendumDraftValidator : AbstractValidator<CorrigendumDraft>
{
    public CorrigendumDraftValidator(IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.Text).RequiredText(text, "Minutes_Field_Corrigendum", Meeting.MinutesMaxLength);
    }
}
