using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Indicators;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Tests.Languages;

/// <summary>
/// The refusals of a "Completed" rating before the status, of a unit changed over reported values and of a period that
/// leaves reported values out, in the user's language, with the status named as the pages name it.
/// </summary>
public sealed class ProgressAndIndicatorRefusalsTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void A_completed_rating_of_an_ongoing_initiative_is_refused_with_its_status_named_in_French()
    {
        var initiative = Initiative.Propose(Opened(), "Pilot", Pillar.LegalMigration, InitiativeStatus.Ongoing);

        var refusal = Assert.Throws<DomainRuleException>(() => ProgressUpdate.Post(initiative, new ProgressAuthor("Focal point", null, true), Today, ProgressRating.Completed, "Done.", Today, DateTimeOffset.UnixEpoch));

        Assert.Equal(
            "Le statut de l'initiative est «\u00a0En cours\u00a0»\u00a0: un point d'avancement ne peut l'apprécier «\u00a0Achevée\u00a0» qu'une fois son statut passé à «\u00a0Achevée\u00a0». Changez d'abord son statut, ou choisissez une autre appréciation.",
            InLanguage.Of("fr", () => RuleMessages.Of(Texts.Strings, refusal)));
        Assert.Equal(
            "The initiative's status is Ongoing: an update can rate it Completed only once its status is Completed. Change its status first, or choose another rating.",
            InLanguage.Of("en", () => RuleMessages.Of(Texts.Strings, refusal)));
    }

    [Fact]
    public void A_unit_changed_over_reported_values_is_refused_in_French()
    {
        var initiative = Initiative.Propose(Opened(), "Pilot", Pillar.LegalMigration, InitiativeStatus.Ongoing);
        initiative.ReplaceIndicators([Indicator.Create("Part des emplois", null, "%", null, null, null, null, null)], []);
        var stored = initiative.Indicators[0];

        var refusal = Assert.Throws<DomainRuleException>(() => initiative.ReplaceIndicators([Indicator.Create("Part des emplois", null, "personnes", null, null, null, null, null, stored.Id)], [stored.Id]));

        Assert.Equal(
            "Des valeurs sont déjà déclarées pour l'indicateur «\u00a0Part des emplois\u00a0»\u00a0: son unité ne peut plus changer, sans quoi elles seraient lues dans une autre unité. Conservez son unité, ou ajoutez un nouvel indicateur pour la nouvelle.",
            InLanguage.Of("fr", () => RuleMessages.Of(Texts.Strings, refusal)));
    }

    [Fact]
    public void A_period_that_leaves_out_reported_values_is_refused_in_either_language_naming_a_few_and_counting_the_rest()
    {
        var initiative = Initiative.Propose(Opened(), "Pilot", Pillar.LegalMigration, InitiativeStatus.Ongoing);
        initiative.Schedule(ImplementationPeriod.Create(new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 1), null), []);
        initiative.AddIndicator(Indicator.Create("Travailleurs placés", null));
        initiative.AddIndicator(Indicator.Create("Formations", null));
        var (placed, trainings) = (initiative.Indicators[0].Id, initiative.Indicators[1].Id);
        ValueOnRecord[] onRecord =
        [
            Value(placed, "2025 Q1"), Value(placed, "2026 Q4"), Value(trainings, "2025 Q2"), Value(trainings, "2025 Q3"),
            Value(trainings, "2025 Q4"), Value(trainings, "2027 Q1"), Value(trainings, "2027 Q2"),
        ];
        var shorter = ImplementationPeriod.Create(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 1), null);

        var many = Assert.Throws<DomainRuleException>(() => initiative.Schedule(shorter, onRecord));
        var one = Assert.Throws<DomainRuleException>(() => initiative.Schedule(shorter, onRecord[..1]));

        Assert.Equal(
            "7 valeurs déclarées pour les indicateurs de l'initiative se situent hors de cette période de mise en œuvre\u00a0: Travailleurs placés (2025 Q1, 2026 Q4)\u00a0; Formations (2025 Q2, 2025 Q3, 2025 Q4) et 2 autres. Elles compteraient encore, sans pouvoir être corrigées. Gardez une période qui les comprend, ou retirez d'abord ces valeurs sur la page de leur indicateur.",
            InLanguage.Of("fr", () => RuleMessages.Of(Texts.Strings, many)));
        Assert.Equal(
            "7 values reported for the initiative's indicators lie outside this implementation period: Travailleurs placés (2025 Q1, 2026 Q4); Formations (2025 Q2, 2025 Q3, 2025 Q4) and 2 more. They would still count, yet could no longer be corrected. Keep a period that includes them, or first remove those values on their indicator's page.",
            InLanguage.Of("en", () => RuleMessages.Of(Texts.Strings, many)));
        Assert.Equal(
            "Une valeur déclarée pour les indicateurs de l'initiative se situe hors de cette période de mise en œuvre\u00a0: Travailleurs placés (2025 Q1). Elle compterait encore, sans pouvoir être corrigée. Gardez une période qui la comprend, ou retirez d'abord cette valeur sur la page de son indicateur.",
            InLanguage.Of("fr", () => RuleMessages.Of(Texts.Strings, one)));
        Assert.Equal(
            "A value reported for the initiative's indicators lies outside this implementation period: Travailleurs placés (2025 Q1). It would still count, yet could no longer be corrected. Keep a period that includes it, or first remove that value on its indicator's page.",
            InLanguage.Of("en", () => RuleMessages.Of(Texts.Strings, one)));
    }

    private static ValueOnRecord Value(Guid indicatorId, string period) => new(indicatorId, ReportingPeriod.Parse(period)!);

    private static Partnership Opened() => Partnership.Open("EU–Moldova", PartnershipKind.BilateralMigrationPartnership, null, PartnershipStatus.Negotiation);
}
