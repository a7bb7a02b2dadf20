using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

/// <summary>A partner of the draft: an organisation chosen, listed once in its role, and not the lead (who leads already).</summary>
public sealed class PartnerDraftValidator : AbstractValidator<PartnerDraft>
{
    public PartnerDraftValidator(IStringLocalizer<Strings> text, IReadOnlyList<PartnerDraft> all, Guid? leadId = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(all);
        RuleFor(p => p.OrganisationId)
            .NotNull().WithMessage(_ => text["Validation_ChooseOrganisation"])
            .Must((p, organisation) => all.Count(other => other.OrganisationId == organisation && other.Role == p.Role) <= 1)
            .WithMessage(_ => text["Validation_PartnerTwice"])
            .Must(organisation => leadId is null || organisation != leadId)
            .WithMessage(_ => text["Validation_PartnerIsLead"]);
        RuleFor(p => p.Role).IsInEnum().WithMessage(_ => text["Validation_Unknown"]).WithName(_ => text["Initiative_Field_PartnerRole"]);
    }
}
