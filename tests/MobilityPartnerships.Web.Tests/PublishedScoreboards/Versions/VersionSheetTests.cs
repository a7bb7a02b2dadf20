using MobilityPartnerships.Domain.Initiatives;
using MobilityPartnerships.Domain.Pillars;
using MobilityPartnerships.Domain.Scoreboards;
using MobilityPartnerships.Web.Components.Common;
using MobilityPartnerships.Web.Features.Initiatives.Details;
using MobilityPartnerships.Web.Features.Initiatives.SheetColumns;
using MobilityPartnerships.Web.Features.Initiatives.Fields;
using MobilityPartnerships.Web.Features.PublishedScoreboards.Versions;
using MobilityPartnerships.Web.Features.Scoreboards.Exporting;

namespace MobilityPartnerships.Web.Tests.PublishedScoreboards.Versions;

/// <summary>
/// A published version's download carries every field versions keep, as the page and the API show them: the catalogue's
/// published fields in its order, headed in the language of the user who downloads.
/// </summary>
public sealed class VersionSheetTests
{
    private static readonly PublishedInitiative Row = new()
    {
        InitiativeId = Guid.NewGuid(),
        ReferenceCode = "MD-07",
        Title = "Seasonal work pilot",
        Summary = "Seasonal jobs with a way home.",
        Pillar = Pillar.LegalMigration,
        Status = InitiativeStatus.Ongoing,
        Priority = "Jobs for young people",
        Commitment = "Open legal pathways for seasonal workers",
        Facts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ExpectedResults"] = "200 workers placed and back home",
            ["PartOfTeamEurope"] = "yes",
        },
        TotalBudget = new Amount(null, 1),
        EuContribution = new Amount(500m, 0),
    };

    [Fact]
    public void A_version_with_a_priority_a_commitment_a_summary_and_expected_results_downloads_with_those_cells()
    {
        var cells = InLanguage.Of("en", () => Cells(Row));

        Assert.Equal("Jobs for young people", cells["Partner-country priority"].Text);
        Assert.Equal("Open legal pathways for seasonal workers", cells["Commitment carried out"].Text);
        Assert.Equal("Seasonal jobs with a way home.", cells["Summary"].Text);
        Assert.Equal("200 workers placed and back home", cells["Expected results"].Text);
        Assert.Equal("Yes", cells["Part of a Team Europe Initiative"].Text);
        Assert.Equal("MD-07", cells["Reference code"].Text);
        Assert.Equal("Ongoing", cells["Status"].Text);
        Assert.Equal(SheetValueKind.Empty, cells["Total budget (EUR)"].Kind);
        Assert.Equal(SheetValue.OfWholeNumber(1), cells["Total budget (EUR): funding lines not known"]);
        Assert.Equal(SheetValue.OfAmount(500m), cells["EU contribution (EUR)"]);
        Assert.Equal(SheetValue.OfWholeNumber(0), cells["EU contribution (EUR): funding lines not known"]);
    }

    [Fact]
    public void Partners_and_funding_lines_are_written_in_the_readers_words_not_as_the_version_keeps_them()
    {
        // The download wrote "EuProgramme (Commission): total -, EU -" and "BAMF (Participating)", in French as in English.
        var row = Row with
        {
            Partners = ["BAMF (Participating)", "IOM (Implementing)"],
            FundingLines = ["EuProgramme (Commission): total -, EU -", "AENEAS: total 1,000.10, EU 500.05"],
        };

        var english = InLanguage.Of("en", () => Cells(row));
        var french = InLanguage.Of("fr", () => Cells(row));

        Assert.Equal("BAMF (participating partner); IOM (implementing partner)", english["Partners"].Text);
        Assert.Equal("BAMF (partenaire participant); IOM (partenaire de mise en œuvre)", french["Partenaires"].Text);
        var (englishAmounts, frenchAmounts) = (InLanguage.Of("en", () => (Display.Euro(1000.10m), Display.Euro(500.05m))), InLanguage.Of("fr", () => (Display.Euro(1000.10m), Display.Euro(500.05m))));
        Assert.Equal($"EU programme (Commission): total budget To be determined, EU contribution To be determined; AENEAS: total budget {englishAmounts.Item1}, EU contribution {englishAmounts.Item2}", english["Funding lines"].Text);
        Assert.Equal($"Programme de l'UE (Commission)\u00a0: budget total À déterminer, contribution de l'UE À déterminer; AENEAS\u00a0: budget total {frenchAmounts.Item1}, contribution de l'UE {frenchAmounts.Item2}", french["Lignes de financement"].Text);
        Assert.Contains("1 000,10", frenchAmounts.Item1.Replace('\u202f', ' ').Replace('\u00a0', ' '), StringComparison.Ordinal);
    }

    [Fact]
    public void None_in_particular_and_a_fact_a_version_did_not_keep_leave_their_cells_empty()
    {
        var older = Row with { Priority = string.Empty, Commitment = null, Facts = new Dictionary<string, string>(StringComparer.Ordinal) };

        var cells = InLanguage.Of("en", () => Cells(older));

        Assert.Equal(SheetValue.Empty, cells["Partner-country priority"]);
        Assert.Equal(SheetValue.Empty, cells["Commitment carried out"]);
        Assert.Equal(SheetValue.Empty, cells["Expected results"]);
        Assert.Equal(SheetValue.Empty, cells["Part of a Team Europe Initiative"]);
    }

    [Fact]
    public void A_lead_to_be_determined_leaves_its_cell_blank_as_the_scoreboards_export_does()
    {
        var live = InitiativeFields.Column(InitiativeColumn.Lead).Write!(Initiative(lead: null));

        var cells = InLanguage.Of("en", () => Cells(Row with { Lead = null, ResponsibleService = null }));

        Assert.Equal(SheetValue.Empty, live);
        Assert.Equal(live, cells["Lead"]);
        Assert.Equal(live, cells["Responsible service"]);
    }

    [Fact]
    public void The_headers_are_in_the_language_of_the_user_who_downloads()
    {
        var cells = InLanguage.Of("fr", () => Cells(Row));

        Assert.Equal("Jobs for young people", cells["Priorité du pays partenaire"].Text);
        Assert.Equal("200 workers placed and back home", cells["Résultats attendus"].Text);
        Assert.Equal("MD-07", cells["Code de référence"].Text);
        Assert.Equal("En cours", cells["État d'avancement"].Text);
    }

    [Fact]
    public void Every_published_field_of_the_catalogue_has_a_column_in_the_catalogues_order()
    {
        var published = InitiativeFields.All
            .SelectMany(e => e.ApiInVersion.Select(m => m.Name).Concat(e.KeptInVersions ? e.Stored.Select(s => s.Name) : []))
            .ToList();
        Assert.Equal(InitiativeFields.ApiMembersInVersion.Count + InitiativeFields.StoredValuesKeptInVersions.Count, published.Count);

        var columns = VersionSheet.Columns.Select(c => c.Field).ToList();
        foreach (var field in published)
        {
            var carriedBy = VersionSheet.CarriedIn.GetValueOrDefault(field, field);
            Assert.True(columns.Contains(carriedBy), $"The download of a published version has no column for {field}.");
        }

        var written = published.Select(f => VersionSheet.CarriedIn.GetValueOrDefault(f, f)).Distinct().ToList();
        Assert.Equal(written, columns.Where(written.Contains).Distinct());
        Assert.Equal(VersionSheet.LastUpdateField, columns[^1]);
        Assert.All(VersionSheet.CarriedIn, c => Assert.Contains(c.Key, published));
    }

    [Fact]
    public void Every_column_has_a_header_and_a_cell_for_every_row()
    {
        var headers = InLanguage.Of("en", () => VersionSheet.Headers);

        Assert.Equal(VersionSheet.Columns.Count, headers.Count);
        Assert.Equal(headers.Count, headers.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(headers, h => h.Contains('_', StringComparison.Ordinal));
        Assert.Equal(headers.Count, VersionSheet.Values(Row).Length);
        Assert.Equal("Title", headers[VersionSheet.TitleColumn]);
        Assert.Equal("Total budget (EUR)", headers[VersionSheet.TotalBudgetColumn]);
        Assert.Equal("EU contribution (EUR)", headers[VersionSheet.EuContributionColumn]);
    }

    /// <summary>An initiative as the scoreboard's export reads it, with <paramref name="lead"/>.</summary>
    private static InitiativeDetails Initiative(string? lead) => new(
        Guid.NewGuid(), Guid.NewGuid(), "Moldova", "MD-07", "Seasonal work pilot", null, Pillar.LegalMigration, [], lead, [], [], null, [], [],
        new PeriodView(null, null, null, null), null, null, [], InitiativeStatus.Ongoing, Novelty.NotStated, null, true, null, null, null, false, StoredValueSet.None);

    private static Dictionary<string, SheetValue> Cells(PublishedInitiative row) =>
        VersionSheet.Headers.Zip(VersionSheet.Values(row)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
}
