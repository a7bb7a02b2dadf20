using FluentValidation;
using Microsoft.Extensions.Localization;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Resources;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Features.Initiatives.Editing;

/// <summary>
/// The rules a user sees at each field as they type, run again on the server before every write. They say
/// in the user's words what the domain would refuse; the domain still checks, and the database after it.
/// </summary>
public sealed class InitiativeDraftValidator : AbstractValidator<InitiativeDraft>
{
    public InitiativeDraftValidator(IStringLocalizer<Strings> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        RuleFor(d => d.ReferenceCode).Text(text, "Initiative_Field_ReferenceCode", Initiative.ReferenceCodeMaxLength);
        RuleFor(d => d.Title).RequiredText(text, "Initiative_Field_Title", Initiative.TitleMaxLength);
        RuleFor(d => d.Summary).Text(text, "Initiative_Field_Summary", Initiative.SummaryMaxLength);
        RuleFor(d => d.Location).Text(text, "Initiative_Field_Location", Initiative.LocationMaxLength);
        RuleFor(d => d.PeriodNote).Text(text, "Initiative_Field_PeriodNote", ImplementationPeriod.NoteMaxLength);
        foreach (var stored in InitiativeFields.StoredValues)
        {
            // Each value the catalogue keeps on the initiative's row, at its own field, by its kind's rules (a text as long as the domain keeps it).
            if (stored.Rules(text) is { } rules)
            {
                Include(rules);
            }
        }

        RuleFor(d => d.Pillar).IsInEnum().WithMessage(_ => text["Validation_Unknown"]).WithName(_ => text["Initiative_Field_Pillar"]);
        RuleFor(d => d.Status).IsInEnum().WithMessage(_ => text["Validation_Unknown"]).WithName(_ => text["Initiative_Field_Status"]);
        RuleFor(d => d.Novelty).IsInEnum().WithMessage(_ => text["Validation_Unknown"]).WithName(_ => text["Initiative_Field_Novelty"]);

        RuleFor(d => d.StartMonth).Month(text, "Initiative_Field_StartMonth");
        RuleFor(d => d.EndMonth).Month(text, "Initiative_Field_EndMonth")
            .Must((d, end) => d.StartMonth is null || end is null || end >= d.StartMonth)
            .WithMessage(_ => text["Validation_EndBeforeStart"]);
        RuleFor(d => d.AnnouncedStartMonth).Month(text, "Initiative_Field_AnnouncedStartMonth");
        RuleFor(d => d.AnnouncedEndMonth).Month(text, "Initiative_Field_AnnouncedEndMonth")
            .Must((d, end) => d.AnnouncedStartMonth is null || end is null || end >= d.AnnouncedStartMonth)
            .WithMessage(_ => text["Validation_EndBeforeStart"]);
        RuleFor(d => d.DurationMonths)
            .InclusiveBetween(1, ImplementationPeriod.MaxDurationMonths)
            .WithMessage(_ => text["Validation_DurationOutOfRange", ImplementationPeriod.MaxDurationMonths])
            .Must((d, months) => MonthsBetween(d.StartMonth, d.EndMonth) is not { } between || months is not { } given || between == given)
            .WithMessage(d => text.Counted("Validation_DurationMismatch", MonthsBetween(d.StartMonth, d.EndMonth) ?? 0));

        // The lists an initiative keeps are bounded (the domain refuses more): what a page, an export and a history show of one.
        RuleFor(d => d.Partners).Must(l => l.Count <= Initiative.MaxPartners)
            .WithMessage(d => text["Validation_TooManyPartners", Initiative.MaxPartners, d.Partners.Count]);
        RuleFor(d => d.FundingLines).Must(l => l.Count <= Initiative.MaxFundingLines)
            .WithMessage(d => text["Validation_TooManyFundingLines", Initiative.MaxFundingLines, d.FundingLines.Count]);
        RuleFor(d => d.ContactPoints).Must(l => l.Count <= Initiative.MaxContactPoints)
            .WithMessage(d => text["Validation_TooManyContactPoints", Initiative.MaxContactPoints, d.ContactPoints.Count]);
        RuleFor(d => d.Indicators).Must(l => l.Count <= Initiative.MaxIndicators)
            .WithMessage(d => text["Validation_TooManyIndicators", Initiative.MaxIndicators, d.Indicators.Count]);

        // An area named twice would be stored once, the repeat dropped without a word: refused at the repeat, as a repeated
        // id of a funding line or an indicator is (the form never repeats one; a program may).
        // (FluentValidation names the entry's place in the list CollectionIndex while it checks the entry.)
        RuleForEach(d => d.ThematicAreaIds)
            .Must((d, id, context) => !d.ThematicAreaIds.Take((int)context.MessageFormatter.PlaceholderValues["CollectionIndex"]).Contains(id))
            .WithMessage((_, id) => text["Validation_AreaRepeated", id]);

        RuleForEach(d => d.Partners).SetValidator((d, _) => new PartnerDraftValidator(text, d.Partners, d.LeadOrganisationId));
        RuleForEach(d => d.FundingLines).SetValidator(new FundingLineDraftValidator(text));
        RuleForEach(d => d.ContactPoints).SetValidator((d, _) => new ContactPointDraftValidator(text, d.ContactPoints));
        RuleForEach(d => d.Indicators).SetValidator((d, _) => new IndicatorDraftValidator(text, d.Indicators));
        RuleForEach(d => d.FundingLines).SetValidator((d, _) => new ListedIdValidator<FundingLineDraft>(text, d.FundingLines, f => f.Id));
        RuleForEach(d => d.Indicators).SetValidator((d, _) => new ListedIdValidator<IndicatorDraft>(text, d.Indicators, i => i.Id));
    }

    private static int? MonthsBetween(DateOnly? start, DateOnly? end) =>
        start is { } s && end is { } e && e >= s ? ((e.Year - s.Year) * 12) + e.Month - s.Month + 1 : null;
}
