using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Organisations;

public sealed partial class OrganisationDraftValidator : AbstractValidator<OrganisationDraft>
{
    public OrganisationDraftValidator(IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.Name).RequiredText(text, "Organisation_Field_Name", Organisation.NameMaxLength);
        RuleFor(d => d.ShortName).Text(text, "Organisation_Field_ShortName", Organisation.ShortNameMaxLength);
        RuleFor(d => d.FrenchName).Text(text, "Organisation_Field_FrenchName", Organisation.NameMaxLength);
        RuleFor(d => d.FrenchShortName).Text(text, "Organisation_Field_FrenchShortName", Organisation.ShortNameMaxLength);
        RuleFor(d => d.FrenchShortName)
            .Must(s => TextCharacters.IsBlank(s)).When(d => TextCharacters.IsBlank(d.FrenchName)).WithMessage(_ => text["Validation_FrenchShortNameWithoutName"]);
        RuleFor(d => d.Kind)
            .IsInEnum().WithMessage(_ => text["Validation_Unknown"])
            .NotEqual(OrganisationKind.MemberState).WithMessage(_ => text["Validation_MemberStateFromReference"]);
        RuleFor(d => d.CountryCode)
            .Must(c => !TextCharacters.IsBlank(c)).When(d => d.Kind == OrganisationKind.ThirdCountry).WithMessage(_ => text["Validation_CountryCodeRequired"])
            .Must(c => string.IsNullOrWhiteSpace(c) || CountryCode().IsMatch(c.Trim())).WithMessage(_ => text["Validation_CountryCode"])
            .Must(c => string.IsNullOrWhiteSpace(c) || !CountryCode().IsMatch(c.Trim()) || CountryCodes.IsCountry(c.Trim().ToUpperInvariant()))
            .WithMessage((_, c) => text["Validation_CountryCodeUnknown", c!.Trim().ToUpperInvariant()]);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial System.Text.RegularExpressions.Regex CountryCode();
}
