using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Meetings;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Minutes.Commenting;

public sealed class MinutesCommentDraftValidator : AbstractValidator<MinutesCommentDraft>
{
    public MinutesCommentDraftValidator(IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.Text).RequiredText(text, "Minutes_Field_Comment", MinutesComment.TextMaxLength);
    }
}
