using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Partnerships.Editing;

public sealed class NewPartnershipDraftValidator : AbstractValidator<NewPartnershipDraft>
{
    private static readonly PartnershipKind[] WithPartnerCountry =
        [PartnershipKind.MobilityPartnership, PartnershipKind.CommonAgendaOnMigrationAndMobility, PartnershipKind.TalentPartnership];

    public NewPartnershipDraftValidator(IStringLocalizer<Strings> text, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(text["Validation_Required", text["Partnership_Field_Name"]])
            .Must(n => (n?.Trim().Length ?? 0) <= Partnership.NameMaxLength).WithMessage((_, n) => text["Validation_TooLong", Partnership.NameMaxLength, n?.Trim().Length ?? 0]);
        RuleFor(d => d.Kind).IsInEnum().WithMessage(text["Validation_Unknown"]);
        RuleFor(d => d.PartnerCountryId).NotNull().When(d => WithPartnerCountry.Contains(d.Kind)).WithMessage(text["Validation_PartnerCountryRequired"]);
        RuleFor(d => d.Status)
            .IsInEnum().WithMessage(text["Validation_Unknown"])
            .NotEqual(PartnershipStatus.InImplementation).WithMessage(text["Validation_OpenedInImplementation"]);
        RuleFor(d => d.Since).PastDate(text, clock);
        RuleFor(d => d.Source).SourceText(text);
    }
}
