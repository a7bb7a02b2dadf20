using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

/// <summary>
/// A contact point of the draft: its e-mail and phone by the domain's own rules (<see cref="EmailAddress"/>,
/// <see cref="PhoneNumber"/>), so that the form refuses what the domain refuses and never leans on the browser's
/// checks; and listed once — one alike to an entry above it (the e-mail's letter case aside) is refused at its name.
/// </summary>
public sealed class ContactPointDraftValidator : AbstractValidator<ContactPointDraft>
{
    public ContactPointDraftValidator(IStringLocalizer<Strings> text, IReadOnlyList<ContactPointDraft> all)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(all);
        RuleFor(c => c.Name).RequiredText(text, "Initiative_Field_ContactName", ContactPoint.NameMaxLength)
            .Must((contact, _) => !all.TakeWhile(other => !ReferenceEquals(other, contact)).Any(other => Alike(other, contact)))
            .WithMessage(_ => text["Validation_ContactPointTwice"]);
        RuleFor(c => c.Function).Text(text, "Initiative_Field_ContactFunction", ContactPoint.FunctionMaxLength);
        RuleFor(c => c.Email).Text(text, "Initiative_Field_ContactEmail", ContactPoint.EmailMaxLength)
            .Must(email => TextCharacters.IsBlank(email) || EmailAddress.IsAddress(email))
            .WithMessage((_, email) => text["Validation_Email", email?.Trim() ?? string.Empty]);
        RuleFor(c => c.Phone).Text(text, "Initiative_Field_ContactPhone", ContactPoint.PhoneMaxLength)
            .Must(phone => TextCharacters.IsBlank(phone) || PhoneNumber.HasOnlyItsSigns(phone))
            .WithMessage(_ => text["Validation_Phone"])
            .Must(phone => !PhoneNumber.HasOnlyItsSigns(phone) || PhoneNumber.IsNumber(phone))
            .WithMessage(_ => text["Validation_PhoneDigit"]);
    }

    /// <summary>The same contact point as the domain compares them (<see cref="ContactPoint.Repeats"/>), on the texts as they are stored.</summary>
    private static bool Alike(ContactPointDraft one, ContactPointDraft other) =>
        Stored(one.Name) == Stored(other.Name)
        && one.OrganisationId == other.OrganisationId
        && Stored(one.Function) == Stored(other.Function)
        && EmailAddress.Same(Stored(one.Email), Stored(other.Email))
        && Stored(one.Phone) == Stored(other.Phone);

    private static string? Stored(string? text) => TextCharacters.NormalisedOrNone(text);
}
