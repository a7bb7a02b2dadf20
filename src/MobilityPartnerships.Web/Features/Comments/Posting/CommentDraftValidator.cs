using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Comments;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Comments.Posting;

public sealed class CommentDraftValidator : AbstractValidator<CommentDraft>
{
    public CommentDraftValidator(IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.Text).RequiredText(text, "Comment_Field_Text", InitiativeComment.TextMaxLength);
    }
}
