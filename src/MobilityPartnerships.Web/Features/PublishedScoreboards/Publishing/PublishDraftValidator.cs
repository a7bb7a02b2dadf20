using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.PublishedScoreboards.Publishing;

public sealed class PublishDraftValidator : AbstractValidator<PublishDraft>
{
    public PublishDraftValidator(IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.Note).Text(text, "Published_Note", PublishedScoreboard.NoteMaxLength);
    }
}
