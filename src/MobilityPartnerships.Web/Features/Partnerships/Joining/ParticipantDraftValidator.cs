using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Signatories;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Partnerships.Joining;

public sealed class ParticipantDraftValidator : AbstractValidator<ParticipantDraft>
{
    public ParticipantDraftValidator(IStringLocalizer<Strings> text, ProductCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.OrganisationId).NotNull().WithMessage(_ => text["Validation_ChooseOrganisation"]);
        RuleFor(d => d.Basis).IsInEnum().WithMessage(_ => text["Validation_Unknown"]);
        RuleFor(d => d.JoinedOn)
            .Required(text, "Partnership_Field_JoinedOn").When(d => d.Basis == ParticipationBasis.Accession)
            .PastDate(text, calendar);
        RuleFor(d => d.Source).SourceText(text);
    }
}
