using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Comments;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Comments.Posting;

public sealed class CommentDraftValidator : AbstractValidator<CommentDraft>
{
    public CommentDraftValidator(IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.Text)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(text["Validation_Required", text["Comment_Field_Text"]])
            .Must(t => (t?.Trim().Length ?? 0) <= InitiativeComment.TextMaxLength)
            .WithMessage((_, t) => text["Validation_TooLong", InitiativeComment.TextMaxLength, t?.Trim().Length ?? 0]);
    }
}
