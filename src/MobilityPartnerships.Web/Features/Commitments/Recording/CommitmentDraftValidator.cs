using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Commitments;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Commitments.Recording;

public sealed class CommitmentDraftValidator : AbstractValidator<CommitmentDraft>
{
    public CommitmentDraftValidator(IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.Text).RequiredText(text, "Commitment_Field_Text", Commitment.TextMaxLength);
        RuleFor(d => d.Source).Text(text, "Commitment_Field_Source", Commitment.SourceMaxLength);
        RuleFor(d => d.Side).IsInEnum().WithMessage(_ => text["Validation_Unknown"]).WithName(_ => text["Commitment_Field_Side"]);
        RuleFor(d => d.Pillar).IsInEnum().WithMessage(_ => text["Validation_Unknown"]).WithName(_ => text["Commitment_Field_Pillar"]);
    }
}
