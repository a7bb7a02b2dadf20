using System.Net.Mail;
using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

public sealed partial class ContactPointDraftValidator : AbstractValidator<ContactPointDraft>
{
    public ContactPointDraftValidator(IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(c => c.Name).RequiredText(text, "Initiative_Field_ContactName", ContactPoint.NameMaxLength);
        RuleFor(c => c.Function).Text(text, "Initiative_Field_ContactFunction", ContactPoint.FunctionMaxLength);
        RuleFor(c => c.Email).Text(text, "Initiative_Field_ContactEmail", ContactPoint.EmailMaxLength)
            .Must(email => TextCharacters.IsBlank(email) || MailAddress.TryCreate(email.Trim(), out _))
            .WithMessage((_, email) => text["Validation_Email", email?.Trim() ?? string.Empty]);
        RuleFor(c => c.Phone).Text(text, "Initiative_Field_ContactPhone", ContactPoint.PhoneMaxLength)
            .Matches(PhonePattern()).WithMessage(_ => text["Validation_Phone"]);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\+?[0-9 ()./-]*\s*$")]
    private static partial System.Text.RegularExpressions.Regex PhonePattern();
}
