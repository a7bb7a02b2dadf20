using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Signatories;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Partnerships.Participants;

public sealed class ParticipantDraftValidator : AbstractValidator<ParticipantDraft>
{
    public ParticipantDraftValidator(IStringLocalizer<Strings> text, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.OrganisationId).NotNull().WithMessage(text["Validation_ChooseOrganisation"]);
        RuleFor(d => d.Basis).IsInEnum().WithMessage(text["Validation_Unknown"]);
        RuleFor(d => d.JoinedOn)
            .NotNull().When(d => d.Basis == ParticipationBasis.Accession).WithMessage(text["Validation_Required", text["Partnership_Field_JoinedOn"]])
            .PastDate(text, clock);
        RuleFor(d => d.Source).SourceText(text);
    }
}
