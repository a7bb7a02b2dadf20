using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Signatories;
using MobilityPartnerships.Web.Writing;
using MobilityPartnerships.Web.Resources;

namespace MobilityPartnerships.Web.Features.Partnerships.Editing;

/// <summary>Dates in a partnership's life lie between 1990 and today.</summary>
internal static class PartnershipDates
{
    public static readonly DateOnly Earliest = new(1990, 1, 1);

    public static IRuleBuilderOptions<T, DateOnly?> PastDate<T>(this IRuleBuilder<T, DateOnly?> rule, IStringLocalizer<Strings> text, TimeProvider clock) =>
        rule.Must(date => date is null || (date >= Earliest && date <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
            .WithMessage(text["Validation_ProgressDate", Earliest.Year]);

    public static IRuleBuilderOptions<T, string?> SourceText<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<Strings> text) =>
        rule.Text(text, "Partnership_Field_Source", Partnership.SourceMaxLength);
}

public sealed class StatusChangeDraftValidator : AbstractValidator<StatusChangeDraft>
{
    public StatusChangeDraftValidator(IStringLocalizer<Strings> text, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.Status).NotNull().WithMessage(text["Validation_Required", text["Partnership_Field_Status"]]).IsInEnum().WithMessage(text["Validation_Unknown"]);
        RuleFor(d => d.On).NotNull().WithMessage(text["Validation_Required", text["Partnership_Field_Date"]]).PastDate(text, clock);
        RuleFor(d => d.On).Must((d, on) => d.Precision == DatePrecision.Day || on is null || on.Value.Day == 1).WithMessage(text["Validation_MonthFirstDay"]);
        RuleFor(d => d.Precision).IsInEnum().WithMessage(text["Validation_Unknown"]);
        RuleFor(d => d.Source).SourceText(text);
    }
}

public sealed class SignatureDraftValidator : AbstractValidator<SignatureDraft>
{
    public SignatureDraftValidator(IStringLocalizer<Strings> text, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.SignedOn).NotNull().WithMessage(text["Validation_Required", text["Partnership_Field_SignedOn"]]).PastDate(text, clock);
        RuleFor(d => d.SignedOn).Must((d, on) => d.Precision == DatePrecision.Day || on is null || on.Value.Day == 1).WithMessage(text["Validation_MonthFirstDay"]);
        RuleFor(d => d.Source).SourceText(text);
    }
}

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

public sealed class WithdrawalDraftValidator : AbstractValidator<WithdrawalDraft>
{
    public WithdrawalDraftValidator(IStringLocalizer<Strings> text, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.LeftOn).NotNull().WithMessage(text["Validation_Required", text["Partnership_Field_LeftOn"]]).PastDate(text, clock);
    }
}

public sealed class PartnershipDetailsDraftValidator : AbstractValidator<PartnershipDetailsDraft>
{
    public PartnershipDetailsDraftValidator(IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.Name).RequiredText(text, "Partnership_Field_Name", Partnership.NameMaxLength);
        RuleFor(d => d.ExploratoryTalksDeadline)
            .Must(d => d is null || (d >= PartnershipDates.Earliest && d <= new DateOnly(2100, 12, 31)))
            .WithMessage(text["Validation_DeadlineRange", PartnershipDates.Earliest.Year]);
        RuleFor(d => d.Priorities)
            .Must((d, _) => d.PriorityLines.All(p => p.Length <= Partnership.PriorityMaxLength))
            .WithMessage(text["Validation_PriorityTooLong", Partnership.PriorityMaxLength]);
    }
}
