using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Organisations;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Security.Accounts;

namespace MobilityPartnerships.Web.Features.Users;

/// <summary>
/// The rules of a user's draft. The rule on the organisation's kind needs the kind from the database: the handler
/// passes it with <see cref="For"/>; a form checking as the user types does not, and its choices are already limited.
/// </summary>
public sealed class UserDraftValidator : AbstractValidator<UserDraft>
{
    public const int EmailMaxLength = 256;

    private const string OrganisationKindKey = "OrganisationKind";

    public UserDraftValidator(IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.Email).RequiredText(text, "User_Field_Email", EmailMaxLength).OneLine(text, "User_Field_Email")
            .Must(email => TextCharacters.IsBlank(email) || EmailAddress.IsAddress(email))
            .WithMessage((_, email) => text["Validation_Email", email?.Trim() ?? string.Empty]);
        RuleFor(d => d.DisplayName).RequiredText(text, "User_Field_DisplayName", Account.DisplayNameMaxLength).OneLine(text, "User_Field_DisplayName");
        RuleFor(d => d.Role).IsInEnum().WithMessage(_ => text["Validation_Unknown"]);
        RuleFor(d => d.Language)
            .Must(code => code is null || Hosting.Languages.Language.Find(code) is not null).WithMessage(_ => text["Validation_Unknown"]);
        RuleFor(d => d.OrganisationId)
            .NotNull().WithMessage(d => text[$"Validation_UserOrganisation_{d.Role}"])
            .When(d => UserDraft.RequiredOrganisationKind(d.Role) is not null);
        RuleFor(d => d.OrganisationId)
            .Must((draft, _, context) => !(UserDraft.RequiredOrganisationKind(draft.Role) is { } required
                && context.RootContextData.TryGetValue(OrganisationKindKey, out var stored)
                && stored is OrganisationKind kind
                && kind != required))
            .WithMessage(d => text[$"Validation_UserOrganisation_{d.Role}"]);
        RuleFor(d => d.PartnershipIds)
            .Must(ids => ids.Count > 0).WithMessage(_ => text["Validation_UserPartnershipsRequired"])
            .When(d => UserDraft.TakesPartnerships(d.Role));
        RuleFor(d => d.PartnershipIds)
            .Must(ids => ids.Count == 0).WithMessage(_ => text["Validation_UserPartnershipsNotTaken"])
            .When(d => !UserDraft.TakesPartnerships(d.Role));
    }

    /// <summary>A validation of the draft knowing its organisation's kind as stored, limited to the given fields.</summary>
    public static ValidationContext<UserDraft> For(UserDraft draft, OrganisationKind? organisationKind, params string[] properties)
    {
        var context = properties.Length == 0
            ? new ValidationContext<UserDraft>(draft)
            : ValidationContext<UserDraft>.CreateWithOptions(draft, options => options.IncludeProperties(properties));
        if (organisationKind is { } kind)
        {
            context.RootContextData[OrganisationKindKey] = kind;
        }

        return context;
    }
}
