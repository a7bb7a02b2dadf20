using MobilityPartnerships.Domain.Common;
using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Partnerships;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Progress;
using MobilityPartnerships.Web.Writing;

namespace MobilityPartnerships.Web.Tests.Languages;

/// <summary>
/// The refusals of a "Completed" rating before the status and of a unit changed over reported values, in the user's
/// language, with the status named as the pages name it.
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

    private static Partnership Opened() => Partnership.Open("EU–Moldova", PartnershipKind.BilateralMigrationPartnership, null, PartnershipStatus.Negotiation);
}
